import { canonicalJson } from '../../sync/canonicalJson.ts';
import { storedInstant as utc } from '../instant.ts';
import type { ValidatedFeedbackChange } from './syncStore.ts';
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

/** Every `feedback` column with the FeedbackRow field that fills it, in table order. */
export const FEEDBACK_COLUMNS: ReadonlyArray<readonly [column: string, parameter: keyof FeedbackRow]> = [
  ['unit_id', 'unitId'],
  ['id', 'id'],
  ['received_at', 'receivedAt'],
  ['due_date', 'dueDate'],
  ['handled_at', 'handledAt'],
  ['field', 'field'],
  ['officer_id', 'officerId'],
  ['data', 'data'],
  ['updated_at', 'updatedAt'],
  ['change_id', 'changeId'],
];

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
