import { createSignal, onCleanup, type Accessor } from 'solid-js';
import type { SyncLoop } from '../../sync/client/syncLoop.ts';
import { CLOCK_SKEW_WARNING_MS, INITIAL_SYNC_STATUS, type SyncStatus } from '../../sync/client/syncStatus.ts';

/** The sync loop's status as a Solid signal, for as long as the calling component lives. */
export function createSyncStatus(sync: Pick<SyncLoop, 'subscribe'>): Accessor<SyncStatus> {
  const [status, setStatus] = createSignal<SyncStatus>(INITIAL_SYNC_STATUS);
  onCleanup(sync.subscribe(setStatus));
  return status;
}

/** True when the device clock is off the server's by more than deadlines tolerate. */
export function isClockSkewed(status: SyncStatus): boolean {
  return status.clockSkewMs !== null && Math.abs(status.clockSkewMs) > CLOCK_SKEW_WARNING_MS;
}

/** A data-loss sentence, when there is one (a status from an older loop may lack the field). */
export function dataLossOf(status: SyncStatus): string | null {
  return status.dataLoss ?? null;
}
