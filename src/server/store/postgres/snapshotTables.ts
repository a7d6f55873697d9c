import type pg from 'pg';
import { FEEDBACK_COLUMNS, feedbackRow } from '../feedbackRows.ts';
import { DOSSIER_COLUMNS, dossierRow } from '../rows.ts';
import { replacesStored, type SnapshotVersion } from '../snapshotOrder.ts';
import type { ValidatedChange } from '../syncStore.ts';

type Table = 'dossiers' | 'feedback';

/** An upsert of `table` from `columns`, with `$n` parameters in column order and jsonb `data`. */
function upsert(table: Table, columns: ReadonlyArray<readonly [string, string]>): string {
  const names = columns.map(([c]) => c);
  const values = names.map((c, i) => (c === 'data' ? `$${i + 1}::jsonb` : `$${i + 1}`));
  const updates = names.filter((c) => c !== 'unit_id' && c !== 'id').map((c) => `${c} = excluded.${c}`);
  return `INSERT INTO ${table} (${names.join(', ')}) VALUES (${values.join(', ')})
    ON CONFLICT (unit_id, id) DO UPDATE SET ${updates.join(', ')}`;
}

const UPSERT_DOSSIER = upsert('dossiers', DOSSIER_COLUMNS);
const UPSERT_FEEDBACK = upsert('feedback', FEEDBACK_COLUMNS);

function versionQuery(table: Table): string {
  return `SELECT t.updated_at AS "updatedAt", c.changed_at AS "changedAt", c.device_id AS "deviceId", c.seq AS seq
     FROM ${table} t JOIN changes c ON c.unit_id = t.unit_id AND c.change_id = t.change_id
     WHERE t.unit_id = $1 AND t.id = $2 FOR UPDATE OF t`;
}

const VERSION = { dossiers: versionQuery('dossiers'), feedback: versionQuery('feedback') } as const;

/**
 * Writes the change's snapshot into `dossiers` or `feedback` unless the stored one is newer
 * (`compareSnapshots` order). The stored row is locked first; the change must already be in `changes`.
 */
export async function keepNewestSnapshot(client: pg.PoolClient, unitId: string, change: ValidatedChange): Promise<void> {
  const table: Table = change.entity === 'dossier' ? 'dossiers' : 'feedback';
  const stored = await client.query<SnapshotVersion>(VERSION[table], [unitId, change.entityId]);
  if (!replacesStored(stored.rows[0], change)) return;
  if (change.entity === 'dossier') {
    const row = dossierRow(unitId, change);
    await client.query(UPSERT_DOSSIER, DOSSIER_COLUMNS.map(([, p]) => row[p]));
  } else {
    const row = feedbackRow(unitId, change);
    await client.query(UPSERT_FEEDBACK, FEEDBACK_COLUMNS.map(([, p]) => row[p]));
  }
}
