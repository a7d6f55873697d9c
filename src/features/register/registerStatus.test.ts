import { describe, expect, it } from 'vitest';
import { apologize, endDossier, receiveDossier, requestSupplement, resolveDossier, returnDossier } from '../../domain/dossierLifecycle.ts';
import { TEST_PROCEDURES } from '../../domain/testProcedures.ts';
import { uuidv7 } from '../../domain/uuidv7.ts';
import { weekendOnlyCalendar } from '../../domain/workingDays.ts';
import { registerStatusOf } from './registerStatus.ts';

// Received Thursday 26/11/2026 09:00 (Hà Nội) for three working days: due Tuesday 01/12.
const received = receiveDossier({ id: uuidv7(), procedure: TEST_PROCEDURES.threeDays, channel: 'in_person', receivedAt: new Date('2026-11-26T02:00:00Z') }, weekendOnlyCalendar);
const BEFORE_DUE = '2026-11-30T03:00:00.000Z';
const AFTER_DUE = '2026-12-02T03:00:00.000Z';
const at = (iso: string) => new Date(iso);

describe('registerStatusOf', () => {
  it('names a dossier in progress, waiting for documents, or overdue', () => {
    expect(registerStatusOf(received, BEFORE_DUE)).toEqual({ icon: 'clock', late: false, text: 'Đang giải quyết' });
    expect(registerStatusOf(received, AFTER_DUE)).toEqual({ icon: 'alert', late: true, text: 'Đang giải quyết · quá hạn' });
    const waiting = requestSupplement(received, at('2026-11-27T02:00:00Z'));
    expect(registerStatusOf(waiting, AFTER_DUE)).toEqual({ icon: 'pause', late: false, text: 'Chờ bổ sung hồ sơ' });
  });

  it('says how a resolved or returned dossier ended against its deadline, with the return day', () => {
    const early = resolveDossier(received, at('2026-11-27T02:00:00Z'), {});
    expect(registerStatusOf(early, AFTER_DUE)).toEqual({ icon: 'check', late: false, text: 'Đã giải quyết, chờ trả · trước hạn' });
    const onTime = returnDossier(resolveDossier(received, at('2026-12-01T02:00:00Z'), {}), at('2026-12-01T08:00:00Z'));
    expect(registerStatusOf(onTime, AFTER_DUE)).toEqual({ icon: 'returned', late: false, text: 'Đã trả 01/12/2026 · đúng hạn' });
    const late = returnDossier(resolveDossier(received, at('2026-12-02T02:00:00Z'), {}), at('2026-12-02T18:00:00Z'));
    expect(registerStatusOf(late, AFTER_DUE)).toEqual({ icon: 'alert', late: true, text: 'Đã trả 03/12/2026 · quá hạn' });
  });

  it('judges by the apology date only when the unit says so', () => {
    const apologised = apologize(received, at('2026-11-30T02:00:00Z'), '2026-12-04');
    const late = resolveDossier(apologised, at('2026-12-03T02:00:00Z'), {});
    expect(registerStatusOf(late, AFTER_DUE).late).toBe(true);
    expect(registerStatusOf(late, AFTER_DUE, 'judge_by_new_date')).toMatchObject({ late: false, text: 'Đã giải quyết, chờ trả · trước hạn' });
  });

  it('names rejected, withdrawn and stopped dossiers, late only when they ended after the deadline', () => {
    expect(registerStatusOf(endDossier(received, 'rejected', at('2026-11-26T03:00:00Z'), 'Thiếu giấy tờ'), AFTER_DUE)).toEqual({ icon: 'ended', late: false, text: 'Đã từ chối' });
    expect(registerStatusOf(endDossier(received, 'withdrawn', at('2026-11-27T03:00:00Z'), 'Công dân xin rút'), AFTER_DUE).text).toBe('Đã rút hồ sơ');
    expect(registerStatusOf(endDossier(received, 'stopped', at('2026-12-02T03:00:00Z'), 'Theo yêu cầu của cơ quan có thẩm quyền'), AFTER_DUE)).toEqual({ icon: 'alert', late: true, text: 'Đã dừng giải quyết · quá hạn' });
  });
});
