import type { Dossier } from '../domain/dossier.ts';
import type { Bucket } from '../domain/indicators/bucket.ts';
import type { IndicatorValues } from '../domain/indicators/computeIndicators.ts';
import type { ApologyRule } from '../domain/deadlines/outcome.ts';
import type { Plan } from '../domain/plans/planSchema.ts';
import { flowFromAggregates } from '../domain/reports/flowFromAggregates.ts';
import { flowReport, type FlowReport } from '../domain/reports/flowReport.ts';
import { flowProblems, reconcileFlow, type FlowProblem, type FlowReconciliation } from '../domain/reports/flowTable.ts';
import { targetRowsOf } from '../domain/plans/targetRows.ts';
import type { DayRange } from '../domain/periods/dayRange.ts';
import { registerDossiers } from '../domain/reports/registerTable.ts';
import { vietnamDayBounds } from '../domain/vietnamTime.ts';
import type { SoMotCuaDatabase } from './database.ts';
import { bucketsIn } from './aggregateStore.ts';
import { indicatorValues } from './indicatorQueries.ts';

/** The widest UTC offset an ISO instant may carry (+14:00): stored instants are compared as strings. */
const OFFSET_MARGIN_MS = 14 * 3_600_000;

/**
 * Index bounds around a range of Vietnam days, [lower, upper), widened by the widest UTC
 * offset: the app stores instants in UTC ("Z"), but a record synced or imported with an
 * offset ("+07:00") sorts by its local digits. What the index returns is then filtered exactly.
 */
function indexBounds(range: DayRange): { lower: string; upper: string; start: number; end: number } {
  const start = Date.parse(vietnamDayBounds(range.start).start);
  const end = Date.parse(vietnamDayBounds(range.end).end);
  return { lower: new Date(start - OFFSET_MARGIN_MS).toISOString(), upper: new Date(end + OFFSET_MARGIN_MS).toISOString(), start, end };
}

/**
 * Every dossier a period's flow report (Biểu 06) can count: received by the range's end and
 * not ended before its start. Read along indexes, never the whole store: those received in
 * the range (`receivedAt`), and of those received earlier the ones still open (`status`) or
 * ended on or after the range's start (`resolvedAt`, `endedAt`). Voided entries are kept:
 * the domain leaves them out (and flowProblems needs to see every record).
 */
export function dossiersForFlow(db: SoMotCuaDatabase, range: DayRange): Promise<Dossier[]> {
  const { lower, upper, start, end } = indexBounds(range);
  return db.transaction('r', db.dossiers, async () => {
    const receivedIn = (d: Dossier) => Date.parse(d.receivedAt) >= start && Date.parse(d.receivedAt) < end;
    const earlier = (d: Dossier) => Date.parse(d.receivedAt) < start;
    const endsSince = (instant: string | undefined) => instant !== undefined && Date.parse(instant) >= start;
    // Plain key-range reads (getAll), filtered here: a Dexie filter() would walk a cursor record
    // by record. Of the dossiers received earlier only keys are read, then the few that matter.
    const [inRange, earlierIds, openIds, resolvedIds, endedIds] = await Promise.all([
      db.dossiers.where('receivedAt').between(lower, upper, true, false).toArray().then((ds) => ds.filter(receivedIn)),
      db.dossiers.where('receivedAt').below(upper).primaryKeys(),
      db.dossiers.where('status').equals('received').primaryKeys(),
      db.dossiers.where('resolvedAt').aboveOrEqual(lower).primaryKeys(),
      db.dossiers.where('endedAt').aboveOrEqual(lower).primaryKeys(),
    ]);
    const taken = new Set(inRange.map((d) => d.id));
    const maybeEarlier = new Set(earlierIds);
    const wanted = [...new Set([...openIds, ...resolvedIds, ...endedIds])].filter((id) => maybeEarlier.has(id) && !taken.has(id));
    const carried = (await db.dossiers.bulkGet(wanted)).filter(
      (d): d is Dossier => d !== undefined && earlier(d) && (d.status === 'received' || endsSince(d.resolvedAt) || endsSince(d.endedAt)),
    );
    return [...inRange, ...carried];
  });
}

/**
 * What flowFromAggregates needs for a period's Biểu 06: the stored aggregates of the period,
 * and the dossiers open at one of its edges (received before the start and not ended before
 * it; or received by the end and not ended by it). Only keys are read to find those, then the
 * few records themselves: a year of 100,000 dossiers reads a few thousand buckets and the
 * dossiers still open, not every record.
 */
export async function flowInputs(db: SoMotCuaDatabase, range: DayRange): Promise<{ buckets: Bucket[]; edges: Dossier[] }> {
  const { lower, upper } = indexBounds(range);
  return db.transaction('r', [db.dossiers, db.aggregates, db.halfMonthAggregates], async () => {
    const [buckets, receivedBefore, receivedUpToEnd, open, resolvedSince, endedSince] = await Promise.all([
      bucketsIn(db, range),
      // Widened bounds (see indexBounds): the domain sorts out the exact days.
      db.dossiers.where('receivedAt').below(indexBounds({ start: range.start, end: range.start }).upper).primaryKeys(),
      db.dossiers.where('receivedAt').below(upper).primaryKeys(),
      db.dossiers.where('status').equals('received').primaryKeys(),
      db.dossiers.where('resolvedAt').aboveOrEqual(lower).primaryKeys(),
      db.dossiers.where('endedAt').aboveOrEqual(lower).primaryKeys(),
    ]);
    const endBoundary = indexBounds({ start: range.end, end: range.end }).lower;
    const [resolvedAfter, endedAfter] = await Promise.all([
      db.dossiers.where('resolvedAt').aboveOrEqual(endBoundary).primaryKeys(),
      db.dossiers.where('endedAt').aboveOrEqual(endBoundary).primaryKeys(),
    ]);
    const carried = intersect([...open, ...resolvedSince, ...endedSince], receivedBefore);
    const pendingAtEnd = intersect([...open, ...resolvedAfter, ...endedAfter], receivedUpToEnd);
    const ids = [...new Set([...carried, ...pendingAtEnd])];
    const edges = (await db.dossiers.bulkGet(ids)).filter((d): d is Dossier => d !== undefined);
    return { buckets, edges };
  });
}

/** A period's Biểu 06, whether it adds up, and the dossiers it cannot count soundly. */
export interface FlowForPeriod {
  readonly report: FlowReport;
  readonly reconciliation: FlowReconciliation;
  readonly problems: FlowProblem[];
}

/**
 * Biểu 06 for a period: from the aggregates and the edge dossiers (fast, flowFromAggregates);
 * when that does not add up (a record the schema should have refused, or aggregates out of
 * step), counted again from every dossier of the period so the figures are exact and the
 * culprits can be named.
 */
export async function flowForPeriod(db: SoMotCuaDatabase, range: DayRange, rule: ApologyRule): Promise<FlowForPeriod> {
  const { buckets, edges } = await flowInputs(db, range);
  const fast = flowFromAggregates(buckets, edges, range, rule);
  const fastCheck = reconcileFlow(fast);
  const edgeProblems = flowProblems(edges, range);
  if (fastCheck.ok && edgeProblems.length === 0) return { report: fast, reconciliation: fastCheck, problems: [] };
  const dossiers = await dossiersForFlow(db, range);
  const report = flowReport(dossiers, range, rule);
  return { report, reconciliation: reconcileFlow(report), problems: flowProblems(dossiers, range) };
}

/** The ids of `candidates` that are also in `within`. */
function intersect(candidates: readonly string[], within: readonly string[]): string[] {
  if (candidates.length === 0 || within.length === 0) return [];
  const set = new Set(within);
  return candidates.filter((id) => set.has(id));
}

/** The register's entries of a period (Mẫu 07): received in the range, voided aside, oldest first. */
export async function registerEntries(db: SoMotCuaDatabase, range: DayRange): Promise<Dossier[]> {
  const { lower, upper } = indexBounds(range);
  return registerDossiers(await db.dossiers.where('receivedAt').between(lower, upper, true, false).toArray(), range);
}

/** A key naming a list of fields, for the field-restricted rows of a plan. */
export function fieldsKey(fields: readonly string[]): string {
  return [...fields].sort().join('\u0001');
}

/**
 * Indicator values for each field restriction a plan's rows use (Plan 001, III.1.2:
 * satisfaction for đất đai, xây dựng, đầu tư), by fieldsKey.
 */
export async function fieldRestrictedValues(db: SoMotCuaDatabase, range: DayRange, plan: Plan): Promise<Map<string, IndicatorValues>> {
  const restrictions = new Map<string, readonly string[]>();
  for (const { row } of targetRowsOf(plan)) {
    const fields = row.source.kind === 'indicator' ? row.source.filter?.fields : undefined;
    if (fields !== undefined) restrictions.set(fieldsKey(fields), fields);
  }
  const values = new Map<string, IndicatorValues>();
  for (const [key, fields] of restrictions) values.set(key, await indicatorValues(db, range, { fields: [...fields] }));
  return values;
}
