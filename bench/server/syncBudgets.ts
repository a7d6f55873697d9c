import type { BudgetRow } from '../benchParts.ts';

/** Budgets from DESIGN.md, "Budgets" (sync issue). */
export const PUSH_CHANGES = 10_000;
export const PUSH_BUDGET_S = 10;
export const INGEST_CHANGES = 20_000;
export const INGEST_RATIO_BUDGET = 0.5;
export const REPORT_UNITS = 300;
export const REPORT_DOSSIERS = 1_000_000;
export const REPORT_BUDGET_MS = 1000;

const s = (ms: number) => (ms / 1000).toFixed(2);
const ms = (n: number) => n.toFixed(0);
const perSecond = (count: number, elapsedMs: number) => Math.round((count * 1000) / elapsedMs).toLocaleString('en-US');
const within = (ok: boolean) => (ok ? 'yes' : 'NO');

/** Push 10,000 changes over loopback to the real server. */
export async function pushPart(budgets: BudgetRow[]): Promise<void> {
  const { pushBench } = await import('./pushBench.ts');
  const f = await pushBench(PUSH_CHANGES);
  console.log(`\nPush over loopback: ${f.changes.toLocaleString('en-US')} changes, real server (createApp on 127.0.0.1, SQLite file), device = Dexie over fake-indexeddb, syncOnce + httpSyncTransport, batches of 500`);
  console.table([
    {
      'prepare s (not timed)': s(f.prepareMs),
      'push s': s(f.pushMs),
      'changes/s': perSecond(f.changes, f.pushMs),
      'of which server applyChanges s': s(f.ingestMs),
      'push requests': f.pushRequests,
      'whole syncOnce s (push + pull back)': s(f.roundMs),
      'pull requests': f.pullRequests,
    },
  ]);
  budgets.push({ measure: `push ${f.changes.toLocaleString('en-US')} changes over loopback`, value: `${s(f.pushMs)} s`, budget: `≤ ${PUSH_BUDGET_S} s`, within: within(f.pushMs <= PUSH_BUDGET_S * 1000) });
}

/** Server ingest against a bare better-sqlite3 insert loop of the same rows. */
export async function ingestPart(budgets: BudgetRow[]): Promise<void> {
  const { ingestBench } = await import('./ingestBench.ts');
  const f = await ingestBench(INGEST_CHANGES);
  const ratio = f.bare.ms / f.store.ms;
  console.log(`\nServer ingest, ${f.changes.toLocaleString('en-US')} changes (SQLite, WAL, synchronous = FULL, fresh file, 500 per transaction, best of ${f.storeRuns.length})`);
  console.table([
    { '': 'store.applyChanges (validated changes)', 'ms (best)': ms(f.store.ms), 'changes/s': perSecond(f.changes, f.store.ms), 'CPU ms': ms(f.store.cpuMs), runs: f.storeRuns.map(ms).join(', ') },
    { '': 'bare INSERT changes + dossiers + audit rows', 'ms (best)': ms(f.bare.ms), 'changes/s': perSecond(f.changes, f.bare.ms), 'CPU ms': ms(f.bare.cpuMs), runs: f.bareRuns.map(ms).join(', ') },
    { '': 'validateChange (not in the above)', 'ms (best)': ms(f.validateMs), 'changes/s': perSecond(f.changes, f.validateMs), 'CPU ms': '', runs: '' },
  ]);
  budgets.push({
    measure: 'server ingest / bare SQLite inserts',
    value: `${(ratio * 100).toFixed(0)}% (${perSecond(f.changes, f.store.ms)} vs ${perSecond(f.changes, f.bare.ms)} changes/s)`,
    budget: `≥ ${INGEST_RATIO_BUDGET * 100}%`,
    within: within(ratio >= INGEST_RATIO_BUDGET),
  });
}

/** The district report over 300 units and 1,000,000 dossiers, SQLite and PostgreSQL. */
export async function reportPart(budgets: BudgetRow[]): Promise<void> {
  const { reportBench } = await import('./reportBench.ts');
  const f = await reportBench(REPORT_UNITS, REPORT_DOSSIERS);
  const size = `${f.units} units, ${f.dossiers.toLocaleString('en-US')} dossiers 2024–2026`;
  console.log(`\nDistrict report (SyncStore.districtReport), ${size}; generated in ${s(f.generateMs)} s (not budgeted), SQLite file ${f.sqliteMb.toFixed(0)} MB`);
  const rows: Array<Record<string, string | number>> = f.sqlite.map((t) => ({ store: 'SQLite', period: t.period, 'median ms': ms(t.medianMs), 'HTTP ms': ms(t.httpMedianMs), 'rows read': t.rowsRead, received: t.received }));
  if ('timings' in f.postgres) {
    rows.push(...f.postgres.timings.map((t) => ({ store: 'PostgreSQL', period: t.period, 'median ms': ms(t.medianMs), 'HTTP ms': ms(t.httpMedianMs), 'rows read': t.rowsRead, received: t.received })));
    console.log(`(PostgreSQL: throwaway cluster, VACUUM ANALYZE after loading took ${s(f.postgres.analyzeMs)} s)`);
  } else {
    console.log(`PostgreSQL figure skipped: ${f.postgres.skipped}`);
  }
  console.table(rows);
  for (const t of f.sqlite) {
    budgets.push({ measure: `district report, ${t.period}, ${size}, SQLite`, value: `${ms(t.medianMs)} ms`, budget: `≤ ${REPORT_BUDGET_MS} ms`, within: within(t.medianMs <= REPORT_BUDGET_MS) });
    budgets.push({ measure: `district Biểu 06 over HTTP (GET /api/reports/flow), ${t.period}, SQLite`, value: `${ms(t.httpMedianMs)} ms`, budget: `≤ ${REPORT_BUDGET_MS} ms`, within: within(t.httpMedianMs <= REPORT_BUDGET_MS) });
  }
  if ('timings' in f.postgres) {
    for (const t of f.postgres.timings) {
      budgets.push({ measure: `district report, ${t.period}, PostgreSQL`, value: `${ms(t.medianMs)} ms`, budget: '(beside SQLite)', within: '—' });
      budgets.push({ measure: `district Biểu 06 over HTTP, ${t.period}, PostgreSQL`, value: `${ms(t.httpMedianMs)} ms`, budget: '(beside SQLite)', within: '—' });
    }
  } else {
    budgets.push({ measure: 'district report, PostgreSQL', value: 'skipped', budget: '(beside SQLite)', within: '—' });
  }
}
