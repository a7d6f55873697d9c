import { localStore, writeLocal } from './localStore.ts';

/** Set once persist() was asked, so it is asked once per browser (issue 7, item 1). */
const ASKED_KEY = 'so-mot-cua:persist-asked';
/** Set when the browser refused: the notice explains what that means until dismissed. */
const REFUSED_KEY = 'so-mot-cua:persist-refused';

const listeners = new Set<() => void>();

/**
 * Asks the browser to keep this origin's data under storage pressure, at the first record
 * (a browser grants it more readily once the site holds something worth keeping; asking at
 * page load also shows a prompt in some browsers before the officer did anything).
 */
export async function requestPersistenceOnce(store: Storage | null = localStore()): Promise<void> {
  if (store === null || store.getItem(ASKED_KEY) !== null) return;
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (typeof storage?.persist !== 'function') return;
  writeLocal(store, ASKED_KEY, new Date().toISOString());
  const granted = await storage.persist().catch(() => false);
  if (!granted) writeLocal(store, REFUSED_KEY, '1');
  for (const listener of listeners) listener();
}

/** Whether a refusal waits to be explained (the officer has not dismissed the notice). */
export function persistenceRefusalPending(store: Storage | null = localStore()): boolean {
  return store?.getItem(REFUSED_KEY) === '1';
}

/** The officer dismissed the notice; the storage card keeps showing the state. */
export function dismissPersistenceRefusal(store: Storage | null = localStore()): void {
  writeLocal(store, REFUSED_KEY, 'dismissed');
}

/** Calls `listener` after each answer from the browser; returns the unsubscribe. */
export function onPersistenceAnswer(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
