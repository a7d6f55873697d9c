import type Database from 'better-sqlite3';
import { AUDIT_COLUMNS, type AuditRow } from '../../src/server/store/auditTrail.ts';
import { DOSSIER_COLUMNS, type ChangeRow, type DossierRow } from '../../src/server/store/rows.ts';

/** The `changes` columns with the ChangeRow field that fills each, as the stores insert them. */
export const CHANGE_COLUMNS: ReadonlyArray<readonly [column: string, parameter: keyof ChangeRow]> = [
  ['unit_id', 'unitId'],
  ['change_id', 'changeId'],
  ['device_id', 'deviceId'],
  ['seq', 'seq'],
  ['entity', 'entity'],
  ['entity_id', 'entityId'],
  ['hash', 'hash'],
  ['payload', 'payload'],
  ['changed_at', 'changedAt'],
  ['received_at', 'receivedAt'],
];

/** One change and the dossier row written from it (and its audit row, where the store writes one). */
export interface RowPair {
  readonly change: ChangeRow;
  readonly dossier: DossierRow;
  readonly audit?: AuditRow;
}

/** `INSERT INTO table (…) VALUES (@…)` over a column list: a bare insert, no conflict handling. */
function insertSql(table: string, columns: ReadonlyArray<readonly [string, string]>): string {
  return `INSERT INTO ${table} (${columns.map(([c]) => c).join(', ')}) VALUES (${columns.map(([, p]) => `@${p}`).join(', ')})`;
}

/**
 * Prepared bare INSERTs of `changes`, `dossiers` and `audit_entries` rows (the real column
 * lists), and a function writing pairs in one immediate transaction, change first (dossiers
 * reference it).
 */
export function prepareRowInserts(db: Database.Database): (pairs: readonly RowPair[]) => void {
  const insertChange = db.prepare<[ChangeRow]>(insertSql('changes', CHANGE_COLUMNS));
  const insertDossier = db.prepare<[DossierRow]>(insertSql('dossiers', DOSSIER_COLUMNS));
  const insertAudit = db.prepare<[AuditRow]>(insertSql('audit_entries', AUDIT_COLUMNS));
  const write = db.transaction((pairs: readonly RowPair[]) => {
    for (const { change, dossier, audit } of pairs) {
      insertChange.run(change);
      insertDossier.run(dossier);
      if (audit !== undefined) insertAudit.run(audit);
    }
  });
  return (pairs) => write.immediate(pairs);
}

/**
 * Drops the secondary indexes of `changes` and `dossiers` (primary keys stay, for the foreign
 * keys) and answers a function that recreates them from their own stored definitions: the
 * usual bulk-load order, ending with exactly the schema the migrations made.
 */
export function sqliteIndexesAside(db: Database.Database): () => void {
  const indexes = db
    .prepare<[], { name: string; sql: string }>("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('changes', 'dossiers') AND sql IS NOT NULL")
    .all();
  for (const { name } of indexes) db.exec(`DROP INDEX ${name}`);
  return () => {
    for (const { sql } of indexes) db.exec(sql);
  };
}
