import { statSync } from 'node:fs';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import pg from 'pg';
import type { DayRange } from '../../src/domain/periods/dayRange.ts';
import { createApp } from '../../src/server/app.ts';
import { reportBounds, type UnitFlowReport } from '../../src/server/store/districtReport.ts';
import { AUTH_SCHEME, PROTOCOL_VERSION } from '../../src/sync/protocol.ts';
import type { FlowReportJson } from '../../src/sync/reportWire.ts';
import { openPostgresStores } from '../../src/server/store/postgres/openPostgresStore.ts';
import type { ServerStores } from '../../src/server/store/serverStores.ts';
import { openSqliteStores } from '../../src/server/store/sqlite/openSqliteStore.ts';
import { benchFolder, rawSqlite } from './benchFolder.ts';
import { checkCopies, createDistrict, districtRows, type DeviceTally, type District } from './districtRows.ts';
import { benchPostgres, postgresIndexesAside, preparePostgresPairInsert } from './postgresForBench.ts';
import { prepareRowInserts, sqliteIndexesAside } from './rowInserts.ts';

/** The periods timed: a month and a whole year, both with history before and after them. */
export const REPORT_PERIODS: ReadonlyArray<{ readonly label: string; readonly range: DayRange }> = [
  { label: 'month (Nov 2025)', range: { start: '2025-11-01', end: '2025-11-30' } },
  { label: 'year (2025)', range: { start: '2025-01-01', end: '2025-12-31' } },
];

/** Timed runs per period (after one checked warm-up run). */
const RUNS = 5;
/** Rows generated at a time; each PostgreSQL connection takes one chunk at a time while SQLite takes the next. */
const CHUNK = 5_000;
/** Rows per SQLite transaction while generating. */
const SQLITE_TRANSACTION = 1_000;
/** Connections loading PostgreSQL: its server is the slowest part of generating, one process per connection. */
const POSTGRES_CONNECTIONS = 2;
/** Distinct dossiers made through the lifecycle; every row is a copy of one under new ids. */
const POOL = 20_000;

/** One store's report over one period. */
export interface ReportTiming {
  readonly period: string;
  /** Median of 5 runs after one (checked) warm-up run, ms. */
  readonly medianMs: number;
  /**
   * The same district Biểu 06 through the HTTP endpoint a supervisor's phone calls
   * (`GET /api/reports/flow?format=json`, in process: token check, scope, store, JSON), ms.
   */
  readonly httpMedianMs: number;
  /** Dossiers the report's query reads (open at some point of the period), all units. */
  readonly rowsRead: number;
  /** Dossiers received in the period, all units (equal to the reports' total received). */
  readonly received: number;
}

export interface ReportFigures {
  readonly units: number;
  readonly dossiers: number;
  /** Generating and inserting the rows, both stores when PostgreSQL runs, indexes rebuilt; ms, not budgeted. */
  readonly generateMs: number;
  readonly sqliteMb: number;
  readonly sqlite: readonly ReportTiming[];
  /** PostgreSQL figures, or why there are none. */
  readonly postgres: { readonly timings: readonly ReportTiming[]; readonly analyzeMs: number } | { readonly skipped: string };
}

/**
 * The district report (`SyncStore.districtReport`) over `units` communes and wards under one
 * district holding `dossiers` dossiers received 2024–2026, on SQLite and, beside it,
 * PostgreSQL (a throwaway cluster; skipped with the reason when impossible). The data is
 * generated afresh on every run (nothing cached) and inserted directly with SQL in big
 * transactions, through the real row mapping and column lists (see districtRows.ts); units,
 * officers and the district go through the AccessStore. The report is asked for the
 * district's readable units, as a supervisor's request would. Each period's first run is
 * checked (one table per unit, total received = a direct count, received + carried over =
 * finished + pending on every unit) and serves as the warm-up; the next 5 are timed.
 */
export async function reportBench(units: number, dossiers: number): Promise<ReportFigures> {
  const folder = benchFolder();
  const file = path.join(folder.dir, 'district.sqlite');
  const postgres = await benchPostgres();
  const pgClients: pg.Client[] = [];
  try {
    const sqliteSetup = openSqliteStores(file);
    const district = await createDistrict(sqliteSetup.access, units).finally(() => sqliteSetup.close());
    if (!('unavailable' in postgres)) {
      const pgSetup = await openPostgresStores(postgres.url);
      await createDistrict(pgSetup.access, units).finally(() => pgSetup.close());
      for (let i = 0; i < POSTGRES_CONNECTIONS; i += 1) {
        const client = new pg.Client({ connectionString: postgres.url });
        pgClients.push(client);
        await client.connect();
      }
    }

    const t0 = performance.now();
    await loadDistrict(file, pgClients, district, dossiers);
    const generateMs = performance.now() - t0;
    const sqliteMb = statSync(file).size / 1024 / 1024;

    const sqlite = await timeReports(openSqliteStores(file), district, (sql, params) => {
      const db = rawSqlite(file);
      try {
        const named = Object.fromEntries(params.map((value, i) => [`p${i + 1}`, value]));
        return db.prepare<[Record<string, unknown>], { n: number }>(sql((n) => `@p${n}`)).get(named)?.n ?? 0;
      } finally {
        db.close();
      }
    });

    let pgFigures: ReportFigures['postgres'];
    const pgClient = pgClients[0];
    if (pgClient === undefined || 'unavailable' in postgres) {
      pgFigures = { skipped: 'unavailable' in postgres ? postgres.unavailable : 'no PostgreSQL' };
    } else {
      // A server that has been running would have been analysed by autovacuum.
      const t1 = performance.now();
      await pgClient.query('VACUUM ANALYZE');
      const analyzeMs = performance.now() - t1;
      const client = pgClient;
      const timings = await timeReports(await openPostgresStores(postgres.url), district, async (sql, params) =>
        Number((await client.query<{ n: string }>(sql((n) => `$${n}`), [...params])).rows[0]?.n ?? 0),
      );
      pgFigures = { timings, analyzeMs };
    }
    return { units, dossiers, generateMs, sqliteMb, sqlite, postgres: pgFigures };
  } finally {
    for (const client of pgClients) await client.end();
    if (!('unavailable' in postgres)) await postgres.dispose();
    folder.remove();
  }
}

/**
 * Writes the district's history into the SQLite file and, when a client is given, the
 * PostgreSQL database: secondary indexes set aside and rebuilt after (same definitions),
 * the two stores fed concurrently (PostgreSQL works on one chunk while this process writes
 * it to SQLite in short transactions and makes the next), then `devices` and `units.pull_seq`.
 */
async function loadDistrict(file: string, pgClients: readonly pg.Client[], district: District, dossiers: number): Promise<void> {
  // A connection of its own with bulk settings: durability does not matter while generating.
  const raw = rawSqlite(file, 'OFF');
  try {
    raw.pragma('cache_size = -262144');
    const restoreSqliteIndexes = sqliteIndexesAside(raw);
    const restorePostgresIndexes = pgClients[0] === undefined ? null : await postgresIndexesAside(pgClients[0]);
    const toPostgres = pgClients.map((client) => preparePostgresPairInsert(client));
    const inFlight: Promise<void>[] = pgClients.map(() => Promise.resolve());
    const write = prepareRowInserts(raw);
    const totals = { devices: [] as DeviceTally[], perUnit: new Map<string, number>() };
    let chunkNo = 0;
    for (const chunk of districtRows(district, dossiers, CHUNK, POOL, totals)) {
      if (chunkNo === 0) await checkCopies(chunk.slice(0, 100));
      const slot = chunkNo % Math.max(1, pgClients.length);
      chunkNo += 1;
      if (toPostgres[slot] !== undefined) {
        await inFlight[slot];
        const sent = toPostgres[slot](chunk);
        // Awaited when the slot is next used, or at the end; this only keeps a failure meanwhile from counting as unhandled.
        sent.catch(() => undefined);
        inFlight[slot] = sent;
      }
      for (let i = 0; i < chunk.length; i += SQLITE_TRANSACTION) {
        write(chunk.slice(i, i + SQLITE_TRANSACTION));
        await nextTurn(); // lets the PostgreSQL connections send and receive meanwhile
      }
    }
    await Promise.all(inFlight);

    const devices = totals.devices.filter((d) => d.seq > 0);
    const insertDevice = raw.prepare<[string, string, number, string, number]>('INSERT INTO devices (unit_id, device_id, max_seq, last_seen_at, change_count) VALUES (?, ?, ?, ?, ?)');
    const savePullSeq = raw.prepare<[number, string]>('UPDATE units SET pull_seq = ? WHERE unit_id = ?');
    raw.transaction(() => {
      for (const d of devices) insertDevice.run(d.unitId, d.deviceId, d.seq, d.lastSeenAt, d.seq);
      for (const [unitId, n] of totals.perUnit) savePullSeq.run(n, unitId);
    })();
    const pgClient = pgClients[0];
    if (pgClient !== undefined && restorePostgresIndexes !== null) {
      await pgClient.query(
        'INSERT INTO devices (unit_id, device_id, max_seq, last_seen_at, change_count) SELECT * FROM unnest($1::text[], $2::text[], $3::int4[], $4::text[], $3::int4[])',
        [devices.map((d) => d.unitId), devices.map((d) => d.deviceId), devices.map((d) => d.seq), devices.map((d) => d.lastSeenAt)],
      );
      await pgClient.query('UPDATE units SET pull_seq = u.n FROM unnest($1::text[], $2::int8[]) AS u(id, n) WHERE units.unit_id = u.id', [
        [...totals.perUnit.keys()],
        [...totals.perUnit.values()],
      ]);
      // PostgreSQL builds its indexes while SQLite builds its own.
      const rebuilt = restorePostgresIndexes();
      restoreSqliteIndexes();
      await rebuilt;
    } else {
      restoreSqliteIndexes();
    }
  } finally {
    raw.close();
  }
}

/** A count query against the store's database: its SQL given the dialect's placeholder for parameter n (from 1), and the parameters. */
type CountQuery = (sql: (placeholder: (n: number) => string) => string, params: readonly unknown[]) => number | Promise<number>;

/** Checks, then times, the district report of each period on one store; closes the store. */
async function timeReports(stores: ServerStores, district: District, count: CountQuery): Promise<ReportTiming[]> {
  try {
    const unitIds = await stores.access.readableUnits(district.districtId);
    const app = createApp({ store: stores.sync, access: stores.access });
    const headers = { Authorization: `${AUTH_SCHEME} ${await supervisorToken(stores, district)}` };
    const timings: ReportTiming[] = [];
    for (const { label, range } of REPORT_PERIODS) {
      const { start, endExclusive } = reportBounds(range);
      const params = [district.districtId, start, endExclusive];
      const inDistrict = (p: (n: number) => string) => `unit_id IN (SELECT unit_id FROM units WHERE parent_id = ${p(1)})`;
      const received = await count((p) => `SELECT count(*) AS n FROM dossiers WHERE ${inDistrict(p)} AND received_at >= ${p(2)} AND received_at < ${p(3)}`, params);
      const rowsRead = await count((p) => `SELECT count(*) AS n FROM dossiers WHERE ${inDistrict(p)} AND received_at < ${p(3)} AND (finished_at >= ${p(2)} OR finished_at IS NULL)`, params);
      checkReports(await stores.sync.districtReport(unitIds, range), unitIds, received, label);
      const times: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const t0 = performance.now();
        await stores.sync.districtReport(unitIds, range);
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      const path = `/api/reports/flow?protocol=${PROTOCOL_VERSION}&period=custom:${range.start}..${range.end}&format=json`;
      const overHttp = async (): Promise<FlowReportJson> => {
        const res = await app.request(path, { headers });
        if (res.status !== 200) throw new Error(`report bench, ${label}: the endpoint answered ${res.status} ${await res.text()}`);
        return (await res.json()) as FlowReportJson;
      };
      const checked = await overHttp();
      if (checked.total.received !== received) throw new Error(`report bench, ${label}: the endpoint counts ${checked.total.received} received, the database ${received}`);
      const httpTimes: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const t0 = performance.now();
        await overHttp();
        httpTimes.push(performance.now() - t0);
      }
      httpTimes.sort((a, b) => a - b);
      timings.push({ period: label, medianMs: times[Math.floor(times.length / 2)]!, httpMedianMs: httpTimes[Math.floor(httpTimes.length / 2)]!, rowsRead, received });
    }
    return timings;
  } finally {
    await stores.close();
  }
}

/** A supervisor of the district enrolled through the access store (no HTTP): its token. */
async function supervisorToken(stores: ServerStores, district: District): Promise<string> {
  const now = new Date();
  const officerId = 'thong-ke-bench';
  if (!(await stores.access.listOfficers(district.districtId)).some((o) => o.officerId === officerId)) {
    await stores.access.createOfficer({ unitId: district.districtId, officerId, name: 'Thống kê huyện', role: 'supervisor' }, now);
  }
  const { code } = await stores.access.issueEnrollmentCode(district.districtId, officerId, now);
  const redeemed = await stores.access.redeemEnrollmentCode(code, crypto.randomUUID(), now);
  if (redeemed === null) throw new Error('report bench: the supervisor code could not be redeemed');
  return redeemed.token;
}

function checkReports(reports: readonly UnitFlowReport[], unitIds: readonly string[], received: number, label: string): void {
  if (reports.length !== unitIds.length) throw new Error(`report bench, ${label}: ${reports.length} unit tables for ${unitIds.length} units`);
  let total = 0;
  for (const { unitId, report } of reports) {
    const t = report.total;
    if (t.received + t.carriedOver !== t.finished + t.pending) throw new Error(`report bench, ${label}: ${unitId} does not reconcile (received + carried over ≠ finished + pending)`);
    total += t.received;
  }
  if (total !== received) throw new Error(`report bench, ${label}: the reports count ${total} received, the database ${received}`);
}
