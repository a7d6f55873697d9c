import { instantMs } from '../instant.ts';
import type { ValidatedChange } from './syncStore.ts';

/** What orders two full snapshots of the same record. */
export interface SnapshotVersion {
  /** The snapshot's own `updatedAt` (device clock of the last local edit). */
  readonly updatedAt: string;
  /** The carrying change's `at`. */
  readonly changedAt: string;
  readonly deviceId: string;
  readonly seq: number;
}

/**
 * Last-writer-wins until per-field hybrid logical clocks arrive: the later `updatedAt` wins;
 * on a tie (same millisecond) the later change `at`; then the greater device id (plain string
 * order of the lowercase UUID); then, for the same device, the greater `seq`. This is a total
 * order, so every server ends with the same snapshot whatever order changes arrive in.
 * Negative when `a` is older than `b`, positive when newer, 0 only for the same change.
 */
export function compareSnapshots(a: SnapshotVersion, b: SnapshotVersion): number {
  return (
    compareNumbers(instantMs(a.updatedAt), instantMs(b.updatedAt)) ||
    compareNumbers(instantMs(a.changedAt), instantMs(b.changedAt)) ||
    (a.deviceId < b.deviceId ? -1 : a.deviceId > b.deviceId ? 1 : 0) ||
    compareNumbers(a.seq, b.seq)
  );
}

function compareNumbers(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Whether the snapshot a change carries should replace the stored one (none stored, or the
 * incoming one is newer in `compareSnapshots` order).
 */
export function replacesStored(stored: SnapshotVersion | undefined, change: ValidatedChange): boolean {
  if (stored === undefined) return true;
  const incoming: SnapshotVersion = { updatedAt: change.payload.updatedAt, changedAt: change.at, deviceId: change.deviceId, seq: change.seq };
  return compareSnapshots(incoming, stored) > 0;
}
