import { replacesStored, type SnapshotVersion } from '../snapshotOrder.ts';
import type { ValidatedChange } from '../syncStore.ts';

/** The table holding the current snapshot of one kind of record, with prepared statements. */
export interface SnapshotTable<C extends ValidatedChange> {
  /** The version of the stored snapshot of `id`, or undefined when there is none. */
  version(unitId: string, id: string): SnapshotVersion | undefined;
  /** Inserts or replaces the snapshot the change carries. */
  write(unitId: string, change: C): void;
}

/**
 * Writes the change's snapshot unless the stored one is newer (last-writer order of
 * `compareSnapshots`), so every server ends with the same snapshot whatever the arrival order.
 * The change itself must already be in `changes` (the row points at it).
 */
export function keepNewest<C extends ValidatedChange>(table: SnapshotTable<C>, unitId: string, change: C): void {
  if (replacesStored(table.version(unitId, change.entityId), change)) table.write(unitId, change);
}

/** The version query shared by every snapshot table: its `updated_at` and its change's order keys. */
export function versionQuery(table: 'dossiers' | 'feedback'): string {
  return `SELECT t.updated_at AS updatedAt, c.changed_at AS changedAt, c.device_id AS deviceId, c.seq AS seq
     FROM ${table} t JOIN changes c ON c.unit_id = t.unit_id AND c.change_id = t.change_id
     WHERE t.unit_id = ? AND t.id = ?`;
}
