import Database from 'better-sqlite3';
import { E2E_DATABASE_FILE } from './e2eServerConfig.ts';

/** One dossier as the e2e server stored it, with the device and sequence number of its change. */
export interface ServerDossier {
  readonly id: string;
  readonly procedure_name: string;
  readonly status: string;
  readonly device_id: string;
}

/** Reads the e2e server's SQLite file (read only) while the server runs. */
export function withServerDb<T>(read: (db: Database.Database) => T): T {
  const db = new Database(E2E_DATABASE_FILE, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** The unit's dossiers on the server, by procedure name. */
export function serverDossiers(unitId: string): ServerDossier[] {
  return withServerDb((db) =>
    db
      .prepare(
        `SELECT d.id, d.procedure_name, d.status, c.device_id
         FROM dossiers d JOIN changes c ON c.unit_id = d.unit_id AND c.change_id = d.change_id
         WHERE d.unit_id = ? ORDER BY d.procedure_name`,
      )
      .all(unitId) as ServerDossier[],
  );
}

/** The sequence numbers of the changes the server holds from a device, in order. */
export function serverSeqs(deviceId: string): number[] {
  return withServerDb((db) => (db.prepare('SELECT seq FROM changes WHERE device_id = ? ORDER BY seq').all(deviceId) as Array<{ seq: number }>).map((r) => r.seq));
}
