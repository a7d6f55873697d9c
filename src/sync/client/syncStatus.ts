/** What the status bar shows about sync. */
export interface SyncStatus {
  readonly phase: 'idle' | 'syncing' | 'offline' | 'error';
  /** ISO time of the last push that completed. */
  readonly lastSuccessAt: string | null;
  /** The last failure, in plain Vietnamese. */
  readonly lastError: string | null;
  /** Server clock minus device clock at the last answer, in ms. */
  readonly clockSkewMs: number | null;
}

export const INITIAL_SYNC_STATUS: SyncStatus = { phase: 'idle', lastSuccessAt: null, lastError: null, clockSkewMs: null };

/** Deadlines depend on the device clock: warn past this skew (sync issue, item 1). */
export const CLOCK_SKEW_WARNING_MS = 2 * 60_000;
