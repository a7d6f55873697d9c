import { describe, expect, it } from 'vitest';
import { compareSnapshots, type SnapshotVersion } from '../../src/server/store/snapshotOrder.ts';

const base: SnapshotVersion = {
  updatedAt: '2025-03-03T02:00:00.000Z',
  changedAt: '2025-03-03T02:00:00.000Z',
  deviceId: '01950000-0000-7000-8000-000000000001',
  seq: 1,
};

describe('compareSnapshots', () => {
  it('puts the later updatedAt first, whatever the other keys say', () => {
    const later = { ...base, updatedAt: '2025-03-03T02:00:00.001Z', changedAt: '2025-03-01T00:00:00.000Z', seq: 0 };
    expect(compareSnapshots(later, base)).toBe(1);
    expect(compareSnapshots(base, later)).toBe(-1);
  });

  it('compares instants, not text, across time zone notations', () => {
    // 09:30 in Vietnam is 02:30 UTC, which is later than 02:00 UTC.
    expect(compareSnapshots({ ...base, updatedAt: '2025-03-03T09:30:00+07:00' }, base)).toBe(1);
    expect(compareSnapshots({ ...base, updatedAt: '2025-03-03T09:00:00+07:00' }, base)).toBe(0);
  });

  it('breaks an updatedAt tie by change time, then device id, then seq', () => {
    expect(compareSnapshots({ ...base, changedAt: '2025-03-03T02:00:01.000Z' }, base)).toBe(1);
    expect(compareSnapshots({ ...base, deviceId: '01950000-0000-7000-8000-000000000002' }, base)).toBe(1);
    expect(compareSnapshots({ ...base, seq: 2 }, base)).toBe(1);
    expect(compareSnapshots(base, { ...base })).toBe(0);
  });
});
