import type { SoMotCuaDatabase } from '../../data/database.ts';
import { backoffDelay } from './backoff.ts';
import type { PushTransport } from './httpTransport.ts';
import { SyncHttpError } from './httpTransport.ts';
import { pushOutbox, type PushSummary } from './pushOutbox.ts';
import { INITIAL_SYNC_STATUS, type SyncStatus } from './syncStatus.ts';

/** Name of the Web Lock that keeps two tabs from pushing the same queue. */
const PUSH_LOCK = 'so-mot-cua:push';
/** While changes wait and nothing else triggers, try again this often. */
const IDLE_RETRY_MS = 60_000;

/** A running sync loop. */
export interface SyncLoop {
  /** Pushes now (or as soon as the running push ends). Resolves when that push is done. */
  syncNow(): Promise<PushSummary | null>;
  subscribe(listener: (status: SyncStatus) => void): () => void;
  stop(): void;
}

/**
 * Pushes the outbox on start, on `online`, when the app becomes visible, after every local
 * save (`syncNow`), and on a backoff timer after a failure. Never throws into the UI: every
 * failure becomes a status the officer can read.
 */
export function startSyncLoop(db: SoMotCuaDatabase, transport: PushTransport): SyncLoop {
  let status: SyncStatus = INITIAL_SYNC_STATUS;
  const listeners = new Set<(s: SyncStatus) => void>();
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<PushSummary | null> | null = null;
  let again = false;

  const setStatus = (next: Partial<SyncStatus>) => {
    status = { ...status, ...next };
    for (const l of listeners) l(status);
  };

  const schedule = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void syncNow(), ms);
  };

  const pushWithLock = async (): Promise<PushSummary> =>
    typeof navigator !== 'undefined' && 'locks' in navigator
      ? await navigator.locks.request(PUSH_LOCK, () => pushOutbox(db, transport))
      : await pushOutbox(db, transport);

  const runOnce = async (): Promise<PushSummary | null> => {
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      setStatus({ phase: 'offline' });
      return null;
    }
    setStatus({ phase: 'syncing' });
    try {
      const summary = await pushWithLock();
      failures = 0;
      const skew = summary.serverTime === null ? status.clockSkewMs : Date.parse(summary.serverTime) - Date.now();
      setStatus({ phase: 'idle', lastSuccessAt: new Date().toISOString(), lastError: null, clockSkewMs: skew });
      schedule(IDLE_RETRY_MS);
      return summary;
    } catch (error) {
      failures += 1;
      setStatus({ phase: 'error', lastError: describeFailure(error) });
      schedule(backoffDelay(failures));
      return null;
    }
  };

  const syncNow = async (): Promise<PushSummary | null> => {
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
