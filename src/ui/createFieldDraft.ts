import { createSignal, type Accessor } from 'solid-js';
import * as v from 'valibot';
import { clearDraft, loadDraft, saveDraft } from '../data/drafts.ts';
import { localStore } from '../data/localStore.ts';

/** The typed text of one form field, kept in localStorage as the officer types (issue 7, item 4). */
export interface FieldDraft {
  readonly value: Accessor<string>;
  /** Whether the field holds text kept from an earlier visit (until it is emptied, saved or discarded). */
  readonly restored: Accessor<boolean>;
  /** The officer typed: kept at once (a short field; localStorage is synchronous), forgotten when emptied. */
  readonly input: (text: string) => void;
  /** After a successful save, or "Bỏ bản nháp": forgets the draft and empties the field. */
  readonly clear: () => void;
}

/** The draft key of a dossier action form, e.g. `dossier:<id>:end-rejected`. */
export function dossierDraftKey(dossierId: string, form: string): string {
  return `dossier:${dossierId}:${form}`;
}

/** A text field's draft under `key`, starting from what an earlier visit left (or empty). */
export function createFieldDraft(key: string, store: Storage | null = localStore()): FieldDraft {
  const kept = loadDraft(key, v.string(), store)?.value ?? '';
  const [value, setValue] = createSignal(kept);
  const [restored, setRestored] = createSignal(kept.trim() !== '');
  const input = (text: string) => {
    setValue(text);
    if (text.trim() !== '') {
      saveDraft(key, text, new Date(), store);
      return;
    }
    clearDraft(key, store);
    setRestored(false);
  };
  const clear = () => {
    clearDraft(key, store);
    setValue('');
    setRestored(false);
  };
  return { value, restored, input, clear };
}
