import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DossierSchema } from './dossier.ts';
import { appointmentDateFor, receiveDossier, resolveDossier, returnDossier, TransitionError } from './dossierLifecycle.ts';
import type { Procedure } from './procedure.ts';
import { uuidv7 } from './uuidv7.ts';
import { weekendOnlyCalendar } from './workingDays.ts';

const threeDays: Procedure = { id: 'xac-nhan-tinh-trang-hon-nhan', name: 'Cấp Giấy xác nhận tình trạng hôn nhân', field: 'Hộ tịch', timeLimitDays: 3 };
const sameDay: Procedure = { id: 'chung-thuc-ban-sao', name: 'Chứng thực bản sao từ bản chính', field: 'Chứng thực', timeLimitDays: 0 };

describe('appointment date (ngày hẹn trả)', () => {
  it('counts working days from the Vietnam receipt day', () => {
    // Thursday 26/11/2026 09:00 in Hà Nội + 3 working days → Tuesday 01/12/2026.
    expect(appointmentDateFor(new Date('2026-11-26T02:00:00Z'), threeDays, weekendOnlyCalendar)).toBe('2026-12-01');
  });

  it('uses the Vietnam day, not the UTC day: 23:30 UTC on Friday is Saturday morning in Hà Nội', () => {
    // Sat 28/11 06:30 VN + 3 working days → Mon 30, Tue 1, Wed 2.
    expect(appointmentDateFor(new Date('2026-11-27T23:30:00Z'), threeDays, weekendOnlyCalendar)).toBe('2026-12-02');
  });

  it('makes a same-day procedure due on the receipt day', () => {
    expect(appointmentDateFor(new Date('2026-11-26T02:00:00Z'), sameDay, weekendOnlyCalendar)).toBe('2026-11-26');
  });
});

describe('dossier lifecycle: received → resolved → returned', () => {
  const received = receiveDossier({ id: uuidv7(), procedure: threeDays, channel: 'online_full', receivedAt: new Date('2026-11-26T02:00:00Z') }, weekendOnlyCalendar);

  it('produces records that pass the schema at every step', () => {
    const resolved = resolveDossier(received, new Date('2026-11-27T03:00:00Z'), { digitized: true, electronicResult: true });
    const returned = returnDossier(resolved, new Date('2026-11-27T04:00:00Z'));
    for (const d of [received, resolved, returned]) expect(v.safeParse(DossierSchema, d).success).toBe(true);
    expect(returned).toMatchObject({ status: 'returned', resolvedAt: '2026-11-27T03:00:00.000Z', returnedAt: '2026-11-27T04:00:00.000Z', digitized: true, electronicResult: true });
  });

  it('refuses to return a dossier that is not resolved, or to resolve one twice', () => {
    expect(() => returnDossier(received, new Date())).toThrow(TransitionError);
    const resolved = resolveDossier(received, new Date('2026-11-27T03:00:00Z'), { digitized: false, electronicResult: false });
    expect(() => resolveDossier(resolved, new Date(), { digitized: false, electronicResult: false })).toThrow(TransitionError);
  });

  it('never records a resolution before the receipt, even from a lagging clock', () => {
    const resolved = resolveDossier(received, new Date('2026-11-26T01:00:00Z'), { digitized: false, electronicResult: false });
    expect(resolved.resolvedAt).toBe(received.receivedAt);
  });
});

describe('dossier schema', () => {
  const base = receiveDossier({ id: uuidv7(), procedure: sameDay, channel: 'in_person', receivedAt: new Date('2026-11-26T02:00:00Z') }, weekendOnlyCalendar);

  it.each([
    ['a resolved status without its time', { ...base, status: 'resolved' }],
    ['a returned time without the returned status', { ...base, returnedAt: '2026-11-26T03:00:00.000Z' }],
    ['an unknown channel', { ...base, channel: 'fax' }],
    ['an impossible appointment day', { ...base, appointmentDate: '2026-02-30' }],
    ['an id that is not a UUIDv7', { ...base, id: 'abc' }],
    ['a negative time limit', { ...base, procedure: { ...sameDay, timeLimitDays: -1 } }],
  ])('rejects %s', (_label, record) => {
    expect(v.safeParse(DossierSchema, record).success).toBe(false);
  });
});
