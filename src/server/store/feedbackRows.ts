import { canonicalJson } from '../../sync/canonicalJson.ts';
import { storedInstant as utc } from '../instant.ts';
import type { Feedback } from '../../domain/feedback.ts';
import { optionalUtc, type RowSource } from './rows.ts';

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
  readonly clocks: string;
  readonly pullSeq: number;
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
  ['clocks', 'clocks'],
  ['pull_seq', 'pullSeq'],
];

/** The `feedback` row for a (merged) piece of feedback. */
export function feedbackRow(unitId: string, f: Feedback, source: RowSource): FeedbackRow {
  return {
    unitId,
    id: f.id,
    receivedAt: utc(f.receivedAt),
    dueDate: f.dueDate,
    handledAt: optionalUtc(f.handledAt),
    field: f.field ?? null,
    officerId: f.officerId ?? null,
    data: source.dataJson ?? canonicalJson(f),
    updatedAt: utc(f.updatedAt),
    changeId: source.changeId,
    clocks: canonicalJson(source.clocks),
    pullSeq: source.pullSeq,
  };
}
