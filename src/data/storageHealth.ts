/** What the storage card judges (issue 7, item 2). */
export interface StorageFacts {
  /** Bytes used and the origin's quota (navigator.storage.estimate), null when unknown. */
  readonly usage: number | null;
  readonly quota: number | null;
  readonly pending: number;
  /** ISO time of the last successful sync, null when never (or not known on this phone). */
  readonly lastSuccessAt: string | null;
}

/** Warn from this share of the quota used. */
export const USAGE_WARNING_SHARE = 0.8;
/** Warn when changes wait and the last successful sync is older than this many days. */
export const SYNC_WARNING_DAYS = 3;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface StorageAssessment {
  /** Share of the quota used (0–1), null when unknown. */
  readonly usedShare: number | null;
  /** Whole days since the last successful sync, null when never. */
  readonly daysSinceSync: number | null;
  readonly nearlyFull: boolean;
  readonly syncOverdue: boolean;
}

/** The card's figures and warnings. */
export function assessStorage(facts: StorageFacts, now: Date): StorageAssessment {
  const usedShare = facts.usage === null || facts.quota === null || facts.quota <= 0 ? null : facts.usage / facts.quota;
  const last = facts.lastSuccessAt === null ? NaN : Date.parse(facts.lastSuccessAt);
  const daysSinceSync = Number.isNaN(last) ? null : Math.max(0, Math.floor((now.getTime() - last) / DAY_MS));
  // Never synced (not enrolled yet, or the time was lost with a reload): no age to judge.
  const elapsedMs = Number.isNaN(last) ? 0 : now.getTime() - last;
  return {
    usedShare,
    daysSinceSync,
    nearlyFull: usedShare !== null && usedShare > USAGE_WARNING_SHARE,
    syncOverdue: facts.pending > 0 && elapsedMs > SYNC_WARNING_DAYS * DAY_MS,
  };
}

const LAST_SYNC_KEY = 'so-mot-cua:last-sync-success';

/** Keeps the last successful sync across reloads (the sync loop's status starts empty each time). */
export function rememberLastSync(iso: string, store: Storage | null): void {
  try {
    store?.setItem(LAST_SYNC_KEY, iso);
  } catch {
    // a full localStorage only loses this figure
  }
}

export function recalledLastSync(store: Storage | null): string | null {
  return store?.getItem(LAST_SYNC_KEY) ?? null;
}
