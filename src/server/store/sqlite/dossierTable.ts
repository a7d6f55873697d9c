import type Database from 'better-sqlite3';
import type { SnapshotVersion } from '../snapshotOrder.ts';
import type { ValidatedDossierChange } from '../syncStore.ts';
import { dossierRow, type DossierRow } from './rows.ts';
import { versionQuery, type SnapshotTable } from './snapshotTable.ts';

const COLUMNS: ReadonlyArray<readonly [column: string, parameter: keyof DossierRow]> = [
  ['unit_id', 'unitId'],
  ['id', 'id'],
  ['schema_version', 'schemaVersion'],
  ['code', 'code'],
  ['officer_id', 'officerId'],
  ['procedure_id', 'procedureId'],
  ['procedure_code', 'procedureCode'],
  ['procedure_name', 'procedureName'],
  ['field', 'field'],
  ['has_fee', 'hasFee'],
  ['certified_copy', 'certifiedCopy'],
  ['channel', 'channel'],
  ['received_at', 'receivedAt'],
  ['due_date', 'dueDate'],
  ['appointment_date', 'appointmentDate'],
  ['apology_date', 'apologyDate'],
  ['status', 'status'],
  ['resolved_at', 'resolvedAt'],
  ['returned_at', 'returnedAt'],
  ['ended_at', 'endedAt'],
  ['digitized', 'digitized'],
  ['electronic_result', 'electronicResult'],
  ['reused_data', 'reusedData'],
  ['paid_online', 'paidOnline'],
  ['returned_by_post', 'returnedByPost'],
  ['synced_to_portal', 'syncedToPortal'],
  ['electronic_certified_copy', 'electronicCertifiedCopy'],
  ['satisfaction', 'satisfaction'],
  ['complaint', 'complaint'],
  ['data', 'data'],
  ['updated_at', 'updatedAt'],
  ['change_id', 'changeId'],
];

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
