import { liveQuery } from 'dexie';

/** A value read from IndexedDB that re-emits whenever the data behind it changes. */
export interface LiveValue<T> {
  subscribe(observer: { next: (value: T) => void; error: (error: unknown) => void }): { unsubscribe(): void };
}

/** Wraps a read in Dexie's liveQuery, so the UI gets updates without knowing about Dexie. */
export function live<T>(read: () => Promise<T>): LiveValue<T> {
  return liveQuery(read);
}
