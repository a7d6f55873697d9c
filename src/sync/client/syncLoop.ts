import type { SoMotCuaDatabase } from '../../data/database.ts';
import { backoffDelay } from './backoff.ts';
import { SyncHttpError, type SyncTransport } from './httpTransport.ts';
import { withPushLock } from './pushLock.ts';
import { syncOnce, type SyncOutcome } from './syncOnce.ts';
import { INITIAL_SYNC_STATUS, type SyncStatus } from './syncStatus.ts';

/** While changes wait and nothing else triggers, try again this often. */
const IDLE_RETRY_MS = 60_000;

/** A running sync loop. */
export interface SyncLoop {
  /** Syncs now (or as soon as the running round ends). Resolves when that round is done. */
  syncNow(): Promise<SyncOutcome | null>;
  subscribe(listener: (status: SyncStatus) => void): () => void;
  stop(): void;
}

/**
 * Pushes the outbox and pulls the unit's changes on start, on `online`, when the app becomes
 * visible, after every local save (`syncNow`), every minute while idle, and on a backoff
 * timer with jitter after a failure. Never throws into the UI: every failure becomes a status
 * the officer can read.
 */
export function startSyncLoop(db: SoMotCuaDatabase, transport: SyncTransport): SyncLoop {
  let status: SyncStatus = INITIAL_SYNC_STATUS;
  const listeners = new Set<(s: SyncStatus) => void>();
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<SyncOutcome | null> | null = null;
  let again = false;

  const setStatus = (next: Partial<SyncStatus>) => {
    status = { ...status, ...next };
    for (const l of listeners) l(status);
  };

  const schedule = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void syncNow(), ms);
  };

  const syncWithLock = (): Promise<SyncOutcome> => withPushLock(() => syncOnce(db, transport));

  const runOnce = async (): Promise<SyncOutcome | null> => {
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      setStatus({ phase: 'offline' });
      return null;
    }
    setStatus({ phase: 'syncing' });
    try {
      const outcome = await syncWithLock();
      failures = 0;
      if (outcome.kind === 'unenrolled') {
        setStatus({ phase: 'unenrolled', lastError: null });
        return outcome;
      }
      const skew = outcome.serverTime === null ? status.clockSkewMs : Date.parse(outcome.serverTime) - Date.now();
      const unreadable = outcome.pulled.unreadable;
      const lastError = unreadable === 0 ? null : `Có ${unreadable} bản ghi trên máy chủ mà phiên bản ứng dụng này chưa đọc được: hãy cập nhật ứng dụng để nhận chúng.`;
      setStatus({ phase: 'idle', lastSuccessAt: new Date().toISOString(), lastError, clockSkewMs: skew, dataLoss: outcome.dataLoss });
      schedule(IDLE_RETRY_MS);
      return outcome;
    } catch (error) {
      failures += 1;
      setStatus({ phase: 'error', lastError: describeFailure(error) });
      schedule(backoffDelay(failures));
      return null;
    }
  };

  const syncNow = async (): Promise<SyncOutcome | null> => {
    if (running) {
      again = true;
      return running;
    }
    running = runOnce();
    try {
      return await running;
    } finally {
      running = null;
      if (again) {
        again = false;
        void syncNow();
      }
    }
  };

  const onOnline = () => void syncNow();
  const onOffline = () => setStatus({ phase: 'offline' });
  const onVisible = () => {
    if (document.visibilityState === 'visible') void syncNow();
  };
  if (typeof window !== 'undefined') {
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    document.addEventListener('visibilitychange', onVisible);
  }
  void syncNow();

  return {
    syncNow,
    subscribe(listener) {
      listeners.add(listener);
      listener(status);
      return () => listeners.delete(listener);
    },
    stop() {
      clearTimeout(timer);
      if (typeof window !== 'undefined') {
        window.removeEventListener('online', onOnline);
        window.removeEventListener('offline', onOffline);
        document.removeEventListener('visibilitychange', onVisible);
      }
    },
  };
}

/** Turns any failure into a sentence an officer understands. */
export function describeFailure(error: unknown): string {
  if (error instanceof SyncHttpError) return error.message;
  if (error instanceof TypeError) return 'Không kết nối được máy chủ. Dữ liệu vẫn an toàn trên máy, sẽ gửi lại sau.';
  return error instanceof Error ? error.message : 'Lỗi không xác định khi đồng bộ.';
}
