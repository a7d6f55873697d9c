import type Database from 'better-sqlite3';
import type { SnapshotVersion } from '../snapshotOrder.ts';
import type { ValidatedFeedbackChange } from '../syncStore.ts';
import { feedbackRow, type FeedbackRow } from '../feedbackRows.ts';
import { versionQuery, type SnapshotTable } from './snapshotTable.ts';

const UPSERT = `INSERT INTO feedback (unit_id, id, received_at, due_date, handled_at, field, officer_id, data, updated_at, change_id)
  VALUES (@unitId, @id, @receivedAt, @dueDate, @handledAt, @field, @officerId, @data, @updatedAt, @changeId)
  ON CONFLICT (unit_id, id) DO UPDATE SET
    received_at = excluded.received_at, due_date = excluded.due_date, handled_at = excluded.handled_at,
    field = excluded.field, officer_id = excluded.officer_id, data = excluded.data,
    updated_at = excluded.updated_at, change_id = excluded.change_id`;

/** The `feedback` table: one row per piece of feedback, its latest snapshot. */
export function prepareFeedbackTable(db: Database.Database): SnapshotTable<ValidatedFeedbackChange> {
  const findVersion = db.prepare<[string, string], SnapshotVersion>(versionQuery('feedback'));
  const upsert = db.prepare<[FeedbackRow]>(UPSERT);
  return {
    version: (unitId, id) => findVersion.get(unitId, id),
    write: (unitId, change) => {
      upsert.run(feedbackRow(unitId, change));
    },
  };
}
