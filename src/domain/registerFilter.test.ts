import { describe, expect, it } from 'vitest';
import { endDossier, receiveDossier, requestSupplement, resolveDossier, returnDossier, voidDossier } from './dossierLifecycle.ts';
import type { Dossier } from './dossier.ts';
import { isOverdue, isUnfiltered, registerMatcher, searchTokens, type RegisterCriteria } from './registerFilter.ts';
import { TEST_PROCEDURES } from './testProcedures.ts';
import { uuidv7 } from './uuidv7.ts';
import { weekendOnlyCalendar } from './workingDays.ts';

// Thursday 26/11/2026, 09:00 in Hà Nội; the three-day procedure is due Tuesday 01/12.
const RECEIVED = new Date('2026-11-26T02:00:00Z');
const NOW = '2026-11-30T03:00:00.000Z';

const receive = (procedure: (typeof TEST_PROCEDURES)[keyof typeof TEST_PROCEDURES], extra: Partial<Pick<Dossier, 'code' | 'applicant'>> = {}) =>
  receiveDossier({ id: uuidv7(), procedure, channel: 'in_person', receivedAt: RECEIVED, ...extra }, weekendOnlyCalendar);

const copy = receive(TEST_PROCEDURES.sameDayCutoff, { code: 'HS-2026-0042', applicant: { name: 'Nguyễn Thị Đào', phone: '0912 345 678' } });
const inProgress = receive(TEST_PROCEDURES.threeDays);
const resolved = resolveDossier(receive(TEST_PROCEDURES.threeDays), new Date('2026-11-27T02:00:00Z'), {});
const returned = returnDossier(resolveDossier(receive(TEST_PROCEDURES.threeDays), new Date('2026-11-27T02:00:00Z'), {}), new Date('2026-11-27T03:00:00Z'));
const rejected = endDossier(receive(TEST_PROCEDURES.fourHours), 'rejected', new Date('2026-11-26T03:00:00Z'), 'Thiếu giấy tờ');
const all = [copy, inProgress, resolved, returned, rejected];

const matching = (criteria: RegisterCriteria, now = NOW) => all.filter(registerMatcher(criteria, now)).map((d) => d.id);

describe('registerMatcher', () => {
  it('matches everything that is not voided when nothing is chosen', () => {
    expect(matching({})).toEqual(all.map((d) => d.id));
    expect(registerMatcher({}, NOW)(voidDossier(inProgress, RECEIVED))).toBe(false);
    expect(isUnfiltered({ status: 'all', field: '', search: '   ' })).toBe(true);
    expect(isUnfiltered({ search: 'a' })).toBe(false);
  });

  it('searches procedure, code, applicant name and phone, ignoring diacritics and case', () => {
    expect(matching({ search: 'chung thuc' })).toEqual([copy.id]);
    expect(matching({ search: 'CHỨNG THỰC bản sao' })).toEqual([copy.id]);
    expect(matching({ search: 'ban sao chung' })).toEqual([copy.id]); // words in any order
    expect(matching({ search: 'hs-2026-0042' })).toEqual([copy.id]);
    expect(matching({ search: 'nguyen thi dao' })).toEqual([copy.id]); // đ folds to d
    expect(matching({ search: '0912345678' })).toEqual([copy.id]);
    expect(matching({ search: '345 678' })).toEqual([copy.id]);
    expect(matching({ search: 'thu tuc 3 ngay' })).toEqual([inProgress.id, resolved.id, returned.id]);
    expect(matching({ search: 'không có' })).toEqual([]);
  });

  it('filters by status: in progress, resolved (not returned), returned, ended early', () => {
    expect(matching({ status: 'in_progress' })).toEqual([copy.id, inProgress.id]);
    expect(matching({ status: 'resolved' })).toEqual([resolved.id]);
    expect(matching({ status: 'returned' })).toEqual([returned.id]);
    expect(matching({ status: 'ended' })).toEqual([rejected.id]);
  });

  it('filters by field, and combines every criterion', () => {
    expect(matching({ field: 'Chứng thực' })).toEqual([copy.id]);
    expect(matching({ field: 'Hộ tịch', status: 'returned' })).toEqual([returned.id]);
    expect(matching({ field: 'Hộ tịch', search: 'chung thuc' })).toEqual([]);
  });

  it('counts as overdue what is in progress past its day, or finished after it', () => {
    // 30/11: the same-day copy (due 26/11) is overdue, the three-day one (due 01/12) is not.
    expect(matching({ status: 'overdue' })).toEqual([copy.id]);
    // 02/12: the three-day one is overdue too; the resolved and returned ones ended on time.
    expect(matching({ status: 'overdue' }, '2026-12-02T03:00:00.000Z')).toEqual([copy.id, inProgress.id]);
    const lateResult = resolveDossier(inProgress, new Date('2026-12-02T02:00:00Z'), {});
    expect(isOverdue(lateResult, NOW)).toBe(true);
    // Waiting for the citizen's documents stops the clock.
    const waiting = requestSupplement(copy, new Date('2026-11-26T03:00:00Z'));
    expect(isOverdue(waiting, NOW)).toBe(false);
  });
});

describe('searchTokens', () => {
  it('folds and splits on spaces', () => {
    expect(searchTokens('  Chứng   THỰC ')).toEqual(['chung', 'thuc']);
    expect(searchTokens('')).toEqual([]);
  });
});
