import { describe, expect, it } from 'vitest';
import { assessStorage } from './storageHealth.ts';

const now = new Date('2026-11-26T09:00:00Z');

describe('assessStorage', () => {
  it('warns past 80 % of the quota, not at it', () => {
    // 81 MB of 100 MB = 0.81 > 0.8; 80 MB of 100 MB = 0.8 exactly: not past.
    const over = assessStorage({ usage: 81, quota: 100, pending: 0, lastSuccessAt: null }, now);
    const at = assessStorage({ usage: 80, quota: 100, pending: 0, lastSuccessAt: null }, now);
    expect([over.usedShare, over.nearlyFull, at.nearlyFull]).toEqual([0.81, true, false]);
  });

  it('warns when changes wait and the last sync is more than 3 days old', () => {
    // 2026-11-22T08:00Z → 2026-11-26T09:00Z = 4 days 1 hour: 4 whole days, past 3.
    const old = assessStorage({ usage: null, quota: null, pending: 2, lastSuccessAt: '2026-11-22T08:00:00Z' }, now);
    expect([old.daysSinceSync, old.syncOverdue, old.usedShare]).toEqual([4, true, null]);
    // Same age, nothing waiting: nothing at risk.
    expect(assessStorage({ usage: null, quota: null, pending: 0, lastSuccessAt: '2026-11-22T08:00:00Z' }, now).syncOverdue).toBe(false);
    // 2026-11-23T10:00Z → 2026-11-26T09:00Z = 2 days 23 hours: 2 whole days, not past 3.
    const recent = assessStorage({ usage: null, quota: null, pending: 5, lastSuccessAt: '2026-11-23T10:00:00Z' }, now);
    expect([recent.daysSinceSync, recent.syncOverdue]).toEqual([2, false]);
  });
});
