import { createVietnamWorkingCalendar } from '../../src/domain/calendar/vietnamWorkingCalendar.ts';
import { aggregate } from '../../src/domain/indicators/aggregate.ts';
import { dossierContributions, halfMonthContributions } from '../../src/domain/indicators/contributions.ts';
import { periodRange } from '../../src/domain/periods/period.ts';
import { flowReport } from '../../src/domain/reports/flowReport.ts';
import { flowProblems, flowTable, reconcileFlow } from '../../src/domain/reports/flowTable.ts';
import { registerTable } from '../../src/domain/reports/registerTable.ts';
import type { DayRange } from '../../src/domain/periods/dayRange.ts';
import { SoMotCuaDatabase } from '../../src/data/database.ts';
import { dossiersForFlow, flowForPeriod, flowInputs, registerEntries } from '../../src/data/reportQueries.ts';
import { generateDossiers } from './generateDossiers.ts';
import { medianTime } from './medianTime.ts';

const YEAR = 2026;

/** What the "Báo cáo" screen does for Biểu 06: aggregates and edge dossiers, count, check, lay out. */
async function bieu06(db: SoMotCuaDatabase, range: DayRange): Promise<number> {
  const flow = await flowForPeriod(db, range, 'judge_by_due_date');
  if (!flow.reconciliation.ok) throw new Error('Biểu 06 does not reconcile');
  return flowTable(flow.report, { unitName: 'UBND xã Bench', periodLabel: 'bench' }).rows.length;
}

/** The same from every dossier of the period (the fallback when the fast figures do not add up). */
async function bieu06FullRead(db: SoMotCuaDatabase, range: DayRange): Promise<number> {
  const dossiers = await dossiersForFlow(db, range);
  const report = flowReport(dossiers, range);
  if (!reconcileFlow(report).ok) throw new Error('Biểu 06 does not reconcile');
  flowProblems(dossiers, range);
  return flowTable(report, { unitName: 'UBND xã Bench', periodLabel: 'bench' }).rows.length;
}

/**
 * Stores `count` dossiers of 2026 in a fresh IndexedDB database, then times the reports of
 * the "Báo cáo" screen from a reopened database: Biểu 06 for the year and for November, and
 * the register (Mẫu 07) table of November.
 */
async function reports(count: number): Promise<Record<string, number>> {
  const name = `report-bench-${count}-${Date.now()}`;
  const db = new SoMotCuaDatabase(name);
  const dossiers = generateDossiers(count, YEAR, createVietnamWorkingCalendar());
  const contributions = dossiers.map((d) => dossierContributions(d));
  // With the same aggregates a save keeps (see indicatorBench.ts).
  await db.transaction('rw', [db.dossiers, db.aggregates, db.halfMonthAggregates], async () => {
    await db.dossiers.bulkPut(dossiers);
    await db.aggregates.bulkPut([...aggregate(contributions).values()]);
    await db.halfMonthAggregates.bulkPut([...aggregate(contributions.map(halfMonthContributions)).values()]);
  });
  db.close();
  const reopened = new SoMotCuaDatabase(name);
  const year = periodRange({ kind: 'year', year: YEAR }, 'calendar');
  const november = periodRange({ kind: 'month', year: YEAR, month: 11 }, 'calendar');
  // Both paths must give the same Biểu 06 (the unit tests prove it on random data; this on the bench's).
  const fast = await flowForPeriod(reopened, year, 'judge_by_due_date');
  const full = flowReport(await dossiersForFlow(reopened, year), year);
  const table = (report: typeof full) => JSON.stringify(flowTable(report, { unitName: '', periodLabel: '' }).rows);
  if (table(fast.report) !== table(full)) throw new Error('Biểu 06 from aggregates differs from Biểu 06 from every dossier');
  const result = {
    yearMs: await medianTime(5, () => bieu06(reopened, year)),
    monthMs: await medianTime(15, () => bieu06(reopened, november)),
    // What the aggregates save: the year from every dossier (the fallback path).
    yearFullReadMs: await medianTime(3, () => bieu06FullRead(reopened, year)),
    yearEdgeDossiers: (await flowInputs(reopened, year)).edges.length,
    registerMonthMs: await medianTime(15, async () => registerTable(await registerEntries(reopened, november), { unitName: 'UBND xã Bench', periodLabel: 'bench', includePersonal: false })),
  };
  reopened.close();
  await reopened.delete();
  return result;
}

declare global {
  interface Window {
    soMotCuaReportBench: { reports: typeof reports };
  }
}

window.soMotCuaReportBench = { reports };
