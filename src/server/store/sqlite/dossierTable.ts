import type Database from 'better-sqlite3';
import type { SnapshotVersion } from '../snapshotOrder.ts';
import type { ValidatedDossierChange } from '../syncStore.ts';
import { DOSSIER_COLUMNS as COLUMNS, dossierRow, type DossierRow } from '../rows.ts';
import { versionQuery, type SnapshotTable } from './snapshotTable.ts';

const KEY = new Set(['unit_id', 'id']);

const UPSERT = `INSERT INTO dossiers (${COLUMNS.map(([c]) => c).join(', ')})
  VALUES (${COLUMNS.map(([, p]) => `@${p}`).join(', ')})
  ON CONFLICT (unit_id, id) DO UPDATE SET
    ${COLUMNS.filter(([c]) => !KEY.has(c)).map(([c]) => `${c} = excluded.${c}`).join(', ')}`;

/** The `dossiers` table: one row per dossier, its latest snapshot. */
export function prepareDossierTable(db: Database.Database): SnapshotTable<ValidatedDossierChange> {
  const findVersion = db.prepare<[string, string], SnapshotVersion>(versionQuery('dossiers'));
  const upsert = db.prepare<[DossierRow]>(UPSERT);
  return {
    version: (unitId, id) => findVersion.get(unitId, id),
    write: (unitId, change) => {
      upsert.run(dossierRow(unitId, change));
    },
  };
}
