import { canonicalJson } from '../../../sync/canonicalJson.ts';
import { storedInstant as utc } from '../../instant.ts';
import type { ValidatedFeedbackChange } from '../syncStore.ts';
import { optionalUtc } from './rows.ts';

/**
 * Named parameters of one `feedback` row. The subject and note (which may name people)
 * stay only inside `data`.
 */
export interface FeedbackRow {
  readonly unitId: string;
  readonly id: string;
  readonly receivedAt: string;
  readonly dueDate: string;
  readonly handledAt: string | null;
  readonly field: string | null;
  readonly officerId: string | null;
  readonly data: string;
  readonly updatedAt: string;
  readonly changeId: string;
}

/** The `feedback` row for the snapshot a change carries. */
export function feedbackRow(unitId: string, change: ValidatedFeedbackChange): FeedbackRow {
  const f = change.payload;
  return {
    unitId,
    id: f.id,
    receivedAt: utc(f.receivedAt),
    dueDate: f.dueDate,
    handledAt: optionalUtc(f.handledAt),
    field: f.field ?? null,
    officerId: f.officerId ?? null,
    data: canonicalJson(f),
    updatedAt: utc(f.updatedAt),
    changeId: change.changeId,
  };
}
