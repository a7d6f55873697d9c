import * as v from 'valibot';
import { ChannelSchema, type Channel } from '../../domain/channel.ts';
import { clearDraft, loadDraft, saveDraft } from '../../data/drafts.ts';
import type { OptionalDetails } from './optionalDetails.ts';

const FORM = 'receive';
/** Typing is kept this long after the last keystroke (short enough to survive a crash mid-sentence). */
export const DRAFT_DELAY_MS = 400;

const ReceiveDraftSchema = v.object({
  procedureId: v.nullable(v.string()),
  channel: ChannelSchema,
  typedTime: v.nullable(v.string()),
  details: v.object({ code: v.string(), name: v.string(), phone: v.string() }),
});

/** What "Tiếp nhận" keeps of an entry not saved yet. */
export interface ReceiveDraft {
  readonly procedureId: string | null;
  readonly channel: Channel;
  readonly typedTime: string | null;
  readonly details: OptionalDetails;
}

/** Whether the form holds anything the officer typed or picked (the remembered channel alone is not a draft). */
export function isWorthKeeping(draft: ReceiveDraft): boolean {
  const { code, name, phone } = draft.details;
  return draft.procedureId !== null || draft.typedTime !== null || code !== '' || name !== '' || phone !== '';
}

/** Keeps the draft, or forgets it when the form is back to empty. */
export function keepReceiveDraft(draft: ReceiveDraft): void {
  if (isWorthKeeping(draft)) saveDraft(FORM, draft);
  else clearDraft(FORM);
}

/** The draft left by an earlier visit, or null. */
export function loadReceiveDraft(): ReceiveDraft | null {
  const found = loadDraft(FORM, ReceiveDraftSchema);
  return found !== null && isWorthKeeping(found.value) ? found.value : null;
}

export function clearReceiveDraft(): void {
  clearDraft(FORM);
}
