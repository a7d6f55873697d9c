/** Name of the Web Lock that keeps two tabs (or a tab and the service worker) from pushing the same queue. */
export const PUSH_LOCK = 'so-mot-cua:push';

/** Runs `push` holding the push lock where Web Locks exist (pages and workers alike), else as is. */
export async function withPushLock<T>(push: () => Promise<T>): Promise<T> {
  if (typeof navigator !== 'undefined' && 'locks' in navigator) return await navigator.locks.request(PUSH_LOCK, push);
  return await push();
}
