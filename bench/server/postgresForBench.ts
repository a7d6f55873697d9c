import pg from 'pg';
import type { TestProject } from 'vitest/node';
import startPostgresCluster from '../../test/helpers/postgresCluster.ts';
import { DOSSIER_COLUMNS } from '../../src/server/store/rows.ts';
import { CHANGE_COLUMNS, type RowPair } from './rowInserts.ts';

/** A PostgreSQL database the bench may fill, and how to get rid of it. */
export interface BenchPostgres {
  readonly url: string;
  /** Drops the database, then stops and deletes the throwaway cluster if one was started. */
  dispose(): Promise<void>;
}

/**
 * A fresh database on a throwaway cluster started by the store tests' own global setup
 * (test/helpers/postgresCluster.ts: initdb in a temp folder, as the `postgres` user when
 * root; or the server of TEST_DATABASE_URL). Answers why not when that is impossible.
 */
export async function benchPostgres(): Promise<BenchPostgres | { readonly unavailable: string }> {
  let adminUrl: string | undefined;
  // The setup only calls `provide`; it is the one part of a vitest project it needs.
  const project = { provide: (_key: 'postgresUrl', value: string) => void (adminUrl = value) };
  let stopCluster: () => void;
  try {
    stopCluster = await startPostgresCluster(project as unknown as TestProject);
  } catch (error) {
    return { unavailable: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  }
  if (adminUrl === undefined) {
    stopCluster();
    return { unavailable: 'the cluster setup gave no URL' };
  }
  const admin = adminUrl;
  const name = `so_mot_cua_bench_${process.pid}`;
  const onAdmin = async (sql: string) => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await onAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await onAdmin(`CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async dispose() {
      try {
        await onAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        stopCluster();
      }
    },
  };
}

/** Rows per INSERT statement: (10 + 34) parameters each, under PostgreSQL's 65,535. */
const ROWS_PER_STATEMENT = 1_000;

/**
 * Writes row pairs with multi-row INSERTs: statements of up to 1,000 pairs, `changes` first
 * in a data-modifying CTE, then `dossiers` (foreign keys are checked at the end of the
 * statement), in one transaction per call. Full-size statements are prepared once.
 */
export function preparePostgresPairInsert(client: pg.Client): (pairs: readonly RowPair[]) => Promise<void> {
  const values = (columns: ReadonlyArray<readonly [string, string]>, rows: number, first: number) =>
    Array.from({ length: rows }, (_, r) => `(${columns.map(([c], i) => `$${first + r * columns.length + i + 1}${c === 'payload' || c === 'data' || c === 'clocks' ? '::jsonb' : ''}`).join(', ')})`).join(', ');
  const names = (columns: ReadonlyArray<readonly [string, string]>) => columns.map(([c]) => c).join(', ');
  const statement = (rows: number) =>
    `WITH inserted_changes AS (INSERT INTO changes (${names(CHANGE_COLUMNS)}) VALUES ${values(CHANGE_COLUMNS, rows, 0)})
     INSERT INTO dossiers (${names(DOSSIER_COLUMNS)}) VALUES ${values(DOSSIER_COLUMNS, rows, rows * CHANGE_COLUMNS.length)}`;
  const full = statement(ROWS_PER_STATEMENT);
  return async (pairs) => {
    await client.query('BEGIN');
    try {
      for (let i = 0; i < pairs.length; i += ROWS_PER_STATEMENT) {
        const part = pairs.slice(i, i + ROWS_PER_STATEMENT);
        const params = [...part.flatMap((p) => CHANGE_COLUMNS.map(([, k]) => p.change[k])), ...part.flatMap((p) => DOSSIER_COLUMNS.map(([, k]) => p.dossier[k]))];
        if (part.length === ROWS_PER_STATEMENT) await client.query({ name: 'bench-insert-pairs', text: full, values: params });
        else await client.query(statement(part.length), params);
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  };
}

/** As `sqliteIndexesAside`, on PostgreSQL: indexes backing a constraint stay. */
export async function postgresIndexesAside(client: pg.Client): Promise<() => Promise<void>> {
  const indexes = (
    await client.query<{ indexname: string; indexdef: string }>(
      `SELECT indexname, indexdef FROM pg_indexes
        WHERE schemaname = current_schema() AND tablename IN ('changes', 'dossiers')
          AND indexname NOT IN (SELECT conname FROM pg_constraint)`,
    )
  ).rows;
  for (const { indexname } of indexes) await client.query(`DROP INDEX ${indexname}`);
  return async () => {
    for (const { indexdef } of indexes) await client.query(indexdef);
  };
}
