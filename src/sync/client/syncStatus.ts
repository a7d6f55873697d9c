/** What the status bar shows about sync. */
export interface SyncStatus {
  /** 'unenrolled': the device has no enrollment, so nothing is sent (records stay on the phone). */
  readonly phase: 'idle' | 'syncing' | 'offline' | 'error' | 'unenrolled';
  /** ISO time of the last push that completed. */
  readonly lastSuccessAt: string | null;
  /** The last failure, in plain Vietnamese. */
  readonly lastError: string | null;
  /** Server clock minus device clock at the last answer, in ms. */
  readonly clockSkewMs: number | null;
  /**
   * A Vietnamese sentence when changes from this device look lost: the server reports
   * sequence numbers it never received, or the device's storage looks wiped. Null otherwise.
   */
  readonly dataLoss: string | null;
}

export const INITIAL_SYNC_STATUS: SyncStatus = { phase: 'idle', lastSuccessAt: null, lastError: null, clockSkewMs: null, dataLoss: null };

/** Deadlines depend on the device clock: warn past this skew (sync issue, item 1). */
export const CLOCK_SKEW_WARNING_MS = 2 * 60_000;
