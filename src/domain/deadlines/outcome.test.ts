import { describe, expect, it } from 'vitest';
import { compareDay, outcomeOf } from './outcome.ts';
import { pendingStatusAt } from './pendingStatus.ts';

const base = { dueDate: '2026-12-01', status: 'resolved' as const, supplementRequests: [], receivedAt: '2026-11-26T02:00:00.000Z' };

describe('outcomeOf (DOMAIN.md §3: early before the due day, on time on it, late after)', () => {
  it.each([
    // 16:59 UTC on 30/11 is 23:59 on 30/11 in Hà Nội: the day before the due day.
    ['2026-11-30T16:59:00.000Z', 'early'],
    // 17:00 UTC on 30/11 is 00:00 on 01/12 in Hà Nội: the due day.
    ['2026-11-30T17:00:00.000Z', 'on_time'],
    ['2026-12-01T16:59:59.000Z', 'on_time'],
    ['2026-12-01T17:00:00.000Z', 'late'],
  ])('resolved at %s UTC is %s', (resolvedAt, expected) => {
    expect(outcomeOf({ ...base, resolvedAt })).toBe(expected);
  });

  it('judges rejected, withdrawn and stopped dossiers by their end time', () => {
    expect(outcomeOf({ ...base, status: 'rejected', endedAt: '2026-12-02T02:00:00.000Z' })).toBe('late');
    expect(outcomeOf({ ...base, status: 'withdrawn', endedAt: '2026-11-27T02:00:00.000Z' })).toBe('early');
  });

  it('is null while the dossier is in progress', () => {
    expect(outcomeOf({ ...base, status: 'received' })).toBeNull();
  });

  it('judges by the legal due date by default, by the apology date when told to', () => {
    const late = { ...base, resolvedAt: '2026-12-03T02:00:00.000Z', apology: { issuedAt: '2026-12-01T02:00:00.000Z', newDate: '2026-12-04' } };
    expect(outcomeOf(late)).toBe('late');
    expect(outcomeOf(late, 'judge_by_new_date')).toBe('early');
  });

  it('compares day keys', () => {
    expect([compareDay('2026-01-01', '2026-01-02'), compareDay('2026-01-02', '2026-01-02'), compareDay('2026-01-03', '2026-01-02')]).toEqual(['early', 'on_time', 'late']);
  });
});

describe('pendingStatusAt (Biểu 06: trong hạn / quá hạn at a period end)', () => {
  const pending = { ...base, status: 'received' as const };
  it.each([
    ['before receipt', '2026-11-26T01:00:00.000Z', null],
    ['on the due day, 23:59 VN', '2026-12-01T16:59:00.000Z', 'within_deadline'],
    ['the day after the due day, 00:00 VN', '2026-12-01T17:00:00.000Z', 'overdue'],
  ])('%s → %s', (_label, instant, expected) => {
    expect(pendingStatusAt(pending, instant)).toBe(expected);
  });

  it('is null once the dossier ended, but pending at an instant before its end', () => {
    const resolved = { ...base, resolvedAt: '2026-12-03T02:00:00.000Z' };
    expect(pendingStatusAt(resolved, '2026-12-04T00:00:00.000Z')).toBeNull();
    expect(pendingStatusAt(resolved, '2026-12-02T05:00:00.000Z')).toBe('overdue');
  });

  it('is within the deadline while waiting for the citizen', () => {
    const waiting = { ...pending, supplementRequests: [{ requestedAt: '2026-11-30T02:00:00.000Z' }] };
    expect(pendingStatusAt(waiting, '2026-12-05T02:00:00.000Z')).toBe('within_deadline');
  });
});
