import path from 'node:path';
import { uuidv7 } from '../../src/domain/uuidv7.ts';
import { auditRowFor } from '../../src/server/store/auditTrail.ts';
import { changeRow, dossierRow } from '../../src/server/store/rows.ts';
import type { ValidatedChange } from '../../src/server/store/syncStore.ts';
import { validateChange } from '../../src/server/validateChange.ts';
import { MAX_BATCH_SIZE } from '../../src/sync/protocol.ts';
import { BENCH_OFFICER, benchFolder, freshSqliteStores, rawSqlite } from './benchFolder.ts';
import { mixedDossiers } from './dossierMix.ts';
import { prepareRowInserts, type RowPair } from './rowInserts.ts';
import { newDossierChange } from './wireChanges.ts';

const UNIT = 'xa-ingest';

/** One timed run: wall-clock ms, and the CPU ms (user + system) this process spent in it. */
export interface Timing {
  readonly ms: number;
  readonly cpuMs: number;
}

/** Server ingest against a bare SQLite insert loop of the same rows, same run, same file setup. */
export interface IngestFigures {
  readonly changes: number;
  /** validateChange over every change (parsed JSON, as a push carries it), ms; not part of `store`. */
  readonly validateMs: number;
  /** Best run of `applyChanges` in batches of 500 on already-validated changes. */
  readonly store: Timing;
  /** Best run of bare prepared INSERTs of the same `changes` + `dossiers` + `audit_entries` rows, 500 changes per transaction. */
  readonly bare: Timing;
  /** Every run's wall-clock ms, in run order. */
  readonly storeRuns: readonly number[];
  readonly bareRuns: readonly number[];
}

function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const best = (runs: readonly Timing[]): Timing => runs.reduce((a, b) => (b.ms < a.ms ? b : a));

/**
 * Times `SyncStore.applyChanges` (the real SQLite store on a fresh migrated file, batches of
 * 500) and a bare loop of prepared INSERTs of exactly the rows the store writes for those
 * changes (`changeRow` / `dossierRow`, built beforehand and not timed) into a fresh file with
 * the same schema and pragmas, 500 changes per immediate transaction. Store and bare loop
 * alternate, `runs` times each; each keeps its best. Validation is timed once, on its own.
 * The changes are one phone's outbox: dossiers of 2025–2026 in the order they were made.
 * Every run is checked: all changes accepted, `count` dossiers and changes stored.
 */
export async function ingestBench(count: number, runs = 2): Promise<IngestFigures> {
  const deviceId = uuidv7();
  const dossiers = [...mixedDossiers(count, { fromYear: 2025, toYear: 2026, officers: [BENCH_OFFICER], seed: 11 })];
  dossiers.sort((a, b) => (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0));
  // What the route hands validateChange: items of a parsed JSON body.
  const wire: unknown[] = JSON.parse(JSON.stringify(dossiers.map((d, i) => newDossierChange(d, deviceId, i + 1))));

  const t0 = performance.now();
  const validated: ValidatedChange[] = [];
  for (const item of wire) {
    const result = await validateChange(item, deviceId);
    if (!result.ok) throw new Error(`ingest bench: a generated change was refused: ${result.reason}`);
    validated.push(result.change);
  }
  const validateMs = performance.now() - t0;

  const receivedAt = new Date().toISOString();
  const pairs: RowPair[] = validated.map((change, i) => {
    if (change.entity !== 'dossier') throw new Error('ingest bench: expected dossier changes only');
    const row = changeRow(UNIT, change, receivedAt);
    const clocks = change.clocks ?? {};
    // The store's audit row of a new dossier (migration 5), as applyChanges writes it with no token's officer.
    const audit = auditRowFor(row, undefined, { entity: 'dossier', record: change.payload, clocks }, { auditSeq: i + 1, officerId: null });
    return {
      change: row,
      dossier: dossierRow(UNIT, change.payload, { changeId: change.changeId, clocks, pullSeq: i + 1 }),
      ...(audit === null ? {} : { audit }),
    };
  });
  const changeBatches = batches(validated, MAX_BATCH_SIZE);
  const pairBatches = batches(pairs, MAX_BATCH_SIZE);

  const storeRuns: Timing[] = [];
  const bareRuns: Timing[] = [];
  for (let run = 0; run < runs; run += 1) {
    storeRuns.push(await timeStore(changeBatches, receivedAt, count));
    bareRuns.push(await timeBare(pairBatches, count));
  }
  return {
    changes: count,
    validateMs,
    store: best(storeRuns),
    bare: best(bareRuns),
    storeRuns: storeRuns.map((r) => r.ms),
    bareRuns: bareRuns.map((r) => r.ms),
  };
}

/** Times `task` (wall clock and this process's CPU). */
async function timed(task: () => void | Promise<void>): Promise<Timing> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await task();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000 };
}

async function timeStore(changeBatches: readonly ValidatedChange[][], receivedAt: string, count: number): Promise<Timing> {
  const folder = benchFolder();
  const stores = await freshSqliteStores(path.join(folder.dir, 'ingest.sqlite'), UNIT);
  try {
    let accepted = 0;
    const timing = await timed(async () => {
      for (const batch of changeBatches) {
        const receipts = await stores.sync.applyChanges(UNIT, batch, receivedAt);
        for (const r of receipts) if (r.status === 'accepted') accepted += 1;
      }
    });
    const stored = await stores.sync.countDossiers(UNIT);
    if (accepted !== count || stored !== count) throw new Error(`ingest bench: the store accepted ${accepted} changes and holds ${stored} dossiers, expected ${count}`);
    return timing;
  } finally {
    await stores.close();
    folder.remove();
  }
}

async function timeBare(pairBatches: readonly RowPair[][], count: number): Promise<Timing> {
  const folder = benchFolder();
  const file = path.join(folder.dir, 'bare.sqlite');
  // The real store creates and migrates the file (and its unit); then it is closed and written raw.
  await (await freshSqliteStores(file, UNIT)).close();
  const db = rawSqlite(file);
  try {
    const write = prepareRowInserts(db);
    const timing = await timed(() => {
      for (const batch of pairBatches) write(batch);
    });
    const stored = db.prepare<[], { d: number; c: number }>('SELECT (SELECT count(*) FROM dossiers) AS d, (SELECT count(*) FROM changes) AS c').get();
    if (stored?.d !== count || stored.c !== count) throw new Error(`ingest bench: the bare loop stored ${stored?.d} dossiers and ${stored?.c} changes, expected ${count}`);
    return timing;
  } finally {
    db.close();
    folder.remove();
  }
}
