import * as v from 'valibot';
import { localStore, readLocalJson, writeLocal } from './localStore.ts';

/**
 * Unsaved form drafts, kept in localStorage so that typing survives a full or closed
 * IndexedDB, a crash or a reload (issue 7, item 4). One draft per form key.
 */
const PREFIX = 'so-mot-cua:draft:';

/** Stores the draft with the time it was kept; false when localStorage refused it too. */
export function saveDraft<T>(form: string, value: T, now: Date = new Date(), store: Storage | null = localStore()): boolean {
  return writeLocal(store, PREFIX + form, JSON.stringify({ savedAt: now.toISOString(), value }));
}

/** The draft and when it was kept, or null when none (or it no longer fits `schema`). */
export function loadDraft<S extends v.GenericSchema>(
  form: string,
  schema: S,
  store: Storage | null = localStore(),
): { readonly savedAt: string; readonly value: v.InferOutput<S> } | null {
  const kept = v.safeParse(v.object({ savedAt: v.string(), value: v.unknown() }), readLocalJson(store, PREFIX + form));
  if (!kept.success) return null;
  const value = v.safeParse(schema, kept.output.value);
  return value.success ? { savedAt: kept.output.savedAt, value: value.output } : null;
}

/** Forgets the draft (after a successful save, or "Bỏ bản nháp"). */
export function clearDraft(form: string, store: Storage | null = localStore()): void {
  store?.removeItem(PREFIX + form);
}
