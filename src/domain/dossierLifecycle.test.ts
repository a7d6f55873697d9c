import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DossierSchema, type Dossier } from './dossier.ts';
import {
  apologize,
  endDossier,
  rateSatisfaction,
  receiveDossier,
  requestSupplement,
  resolveDossier,
  returnDossier,
  supplementReturned,
  TransitionError,
} from './dossierLifecycle.ts';
import { TEST_PROCEDURES } from './testProcedures.ts';
import { uuidv7 } from './uuidv7.ts';
import { weekendOnlyCalendar as cal } from './workingDays.ts';

// Thursday 26/11/2026 09:00 in Hà Nội (02:00 UTC).
const THU_0900 = new Date('2026-11-26T02:00:00Z');
const receive = (procedure: Dossier['procedure'] = TEST_PROCEDURES.threeDays, at = THU_0900) =>
  receiveDossier({ id: uuidv7(), procedure, channel: 'online_full', receivedAt: at }, cal);
const valid = (d: Dossier) => expect(v.safeParse(DossierSchema, d).issues).toBeUndefined();

describe('receiving', () => {
  it('sets due date = appointment date = receipt + 3 working days', () => {
    // Thu 26/11 + 3 working days: Fri 27, Mon 30, Tue 1/12.
    const d = receive();
    expect(d).toMatchObject({ dueDate: '2026-12-01', appointmentDate: '2026-12-01', status: 'received', supplementRequests: [] });
    valid(d);
  });
});

describe('supplement requests (Mẫu 02) stop the clock', () => {
  it('moves the due date by the working days spent waiting', () => {
    // Requested Fri 27/11, documents back Tue 01/12: paused Mon 30 + Tue 1 = 2 working days,
    // so the due date moves from Tue 1/12 to Thu 3/12.
    let d = requestSupplement(receive(), new Date('2026-11-27T03:00:00Z'), 'Thiếu bản sao CCCD');
    expect(() => resolveDossier(d, new Date('2026-11-27T04:00:00Z'), {})).toThrow(TransitionError);
    d = supplementReturned(d, new Date('2026-12-01T02:00:00Z'), cal);
    expect(d).toMatchObject({ dueDate: '2026-12-03', appointmentDate: '2026-12-03' });
    expect(d.supplementRequests).toEqual([{ requestedAt: '2026-11-27T03:00:00.000Z', note: 'Thiếu bản sao CCCD', returnedAt: '2026-12-01T02:00:00.000Z' }]);
    valid(d);
  });

  it('keeps every request, one open at a time', () => {
    let d = requestSupplement(receive(), new Date('2026-11-26T03:00:00Z'));
    expect(() => requestSupplement(d, new Date('2026-11-26T04:00:00Z'))).toThrow(TransitionError);
    d = supplementReturned(d, new Date('2026-11-26T05:00:00Z'), cal); // same day: 0 days paused
    d = requestSupplement(d, new Date('2026-11-27T02:00:00Z'));
    d = supplementReturned(d, new Date('2026-11-30T02:00:00Z'), cal); // Fri → Mon: 1 working day
    expect(d.supplementRequests).toHaveLength(2);
    expect(d.dueDate).toBe('2026-12-02');
    valid(d);
  });
});

describe('ending', () => {
  it('resolves with the result facts, then returns by post', () => {
    const resolved = resolveDossier(receive(), new Date('2026-11-27T03:00:00Z'), { digitized: true, electronicResult: true, syncedToPortal: true });
    const returned = returnDossier(resolved, new Date('2026-11-27T04:00:00Z'), { byPost: true });
    expect(returned).toMatchObject({ status: 'returned', digitized: true, electronicResult: true, syncedToPortal: true, reusedData: false, returnedByPost: true });
    valid(returned);
  });

  it.each(['rejected', 'withdrawn', 'stopped'] as const)('can be %s with a reason, closing an open supplement request', (status) => {
    const waiting = requestSupplement(receive(), new Date('2026-11-26T03:00:00Z'));
    const ended = endDossier(waiting, status, new Date('2026-11-30T03:00:00Z'), 'Công dân không bổ sung');
    expect(ended).toMatchObject({ status, endedAt: '2026-11-30T03:00:00.000Z', endReason: 'Công dân không bổ sung' });
    expect(ended.supplementRequests[0]?.returnedAt).toBe('2026-11-30T03:00:00.000Z');
    valid(ended);
    expect(() => endDossier(receive(), status, new Date(), '  ')).toThrow(TransitionError);
  });

  it('refuses to act on a dossier that already ended', () => {
    const rejected = endDossier(receive(), 'rejected', new Date('2026-11-26T03:00:00Z'), 'Không thuộc thẩm quyền');
    expect(() => resolveDossier(rejected, new Date(), {})).toThrow(TransitionError);
    expect(() => returnDossier(rejected, new Date())).toThrow(TransitionError);
    expect(() => requestSupplement(rejected, new Date())).toThrow(TransitionError);
  });
});

describe('apology and extension (Mẫu 04)', () => {
  it('moves the appointment, not the legal due date', () => {
    const d = apologize(receive(), new Date('2026-12-01T08:00:00Z'), '2026-12-04', 'Chờ xác minh');
    expect(d).toMatchObject({ dueDate: '2026-12-01', appointmentDate: '2026-12-04', apology: { newDate: '2026-12-04', reason: 'Chờ xác minh' } });
    valid(d);
    expect(() => apologize(receive(), new Date(), '2026-12-01')).toThrow(TransitionError);
  });
});

describe('satisfaction', () => {
  it('records one of four faces and can clear it', () => {
    const rated = rateSatisfaction(receive(), new Date('2026-11-26T03:00:00Z'), 'satisfied');
    expect(rated.satisfaction).toBe('satisfied');
    expect(rateSatisfaction(rated, new Date('2026-11-26T04:00:00Z'), null)).not.toHaveProperty('satisfaction');
  });
});

describe('dossier schema', () => {
  const base = receive();
  it.each([
    ['a resolved status without its time', { ...base, status: 'resolved' }],
    ['a rejected status without its end time', { ...base, status: 'rejected' }],
    ['an end time on a dossier in progress', { ...base, endedAt: '2026-11-27T00:00:00.000Z' }],
    ['a returned time without the returned status', { ...base, returnedAt: '2026-11-26T03:00:00.000Z' }],
    ['an unknown channel', { ...base, channel: 'fax' }],
    ['an impossible due day', { ...base, dueDate: '2026-02-30' }],
    ['an id that is not a UUIDv7', { ...base, id: 'abc' }],
    ['a zero-day working-day limit', { ...base, procedure: { ...base.procedure, timeLimit: { unit: 'working_days', amount: 0 } } }],
    ['two open supplement requests', { ...base, supplementRequests: [{ requestedAt: base.receivedAt }, { requestedAt: base.receivedAt }] }],
    ['a satisfaction outside the four faces', { ...base, satisfaction: 'ecstatic' }],
  ])('rejects %s', (_label, record) => {
    expect(v.safeParse(DossierSchema, record).success).toBe(false);
  });
});
