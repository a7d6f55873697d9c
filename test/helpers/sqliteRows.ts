import Database from 'better-sqlite3';

/** Rows of a query against the SQLite file, through a separate read-only connection. */
export function queryRows<Row>(file: string, sql: string, ...params: unknown[]): Row[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare<unknown[], Row>(sql).all(...params);
  } finally {
    db.close();
  }
}

/** How many rows a table holds. */
export function countRows(file: string, table: 'changes' | 'dossiers' | 'feedback' | 'devices' | 'units'): number {
  return queryRows<{ n: number }>(file, `SELECT count(*) AS n FROM ${table}`)[0]?.n ?? -1;
}
