/**
 * localStorage, the second store of the device: it survives when IndexedDB is full, closed or
 * wiped on its own. Null where there is none (tests under Node, storage blocked); every write
 * swallows its own failure (a full localStorage must never block the desk).
 */
export function localStore(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // a browser with storage blocked throws on access
  }
}

/** Writes `value`; false when the store refused it (full or missing). */
export function writeLocal(store: Storage | null, key: string, value: string): boolean {
  if (store === null) return false;
  try {
    store.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Reads a JSON value, or undefined when absent or unreadable. */
export function readLocalJson(store: Storage | null, key: string): unknown {
  const text = store?.getItem(key) ?? null;
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
