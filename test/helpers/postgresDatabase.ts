import pg from 'pg';
import { inject } from 'vitest';
import { uuidv7 } from '../../src/domain/uuidv7.ts';

/** The connection URL of database `name` on the test server. */
function urlOf(name: string): string {
  const url = new URL(inject('postgresUrl'));
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs one statement on the test server's admin database. */
async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: inject('postgresUrl') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh, empty database on the test server: its URL, and a function that drops it. */
export async function freshPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `smc_test_${uuidv7().replaceAll('-', '')}`;
  await admin(`CREATE DATABASE ${name}`);
  return { url: urlOf(name), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** Rows of a query against the database at `url`, through a separate connection. */
export async function queryPostgres<Row extends pg.QueryResultRow>(url: string, sql: string, params: readonly unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(sql, [...params])).rows;
  } finally {
    await client.end();
  }
}
