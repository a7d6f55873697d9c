import { isOnlineChannel } from '../channel.ts';
import { endTimeOf, type Dossier, type SupplementRequest } from '../dossier.ts';
import { outcomeOf, type ApologyRule, type JudgedDossier } from '../deadlines/outcome.ts';
import { pendingStatusAt } from '../deadlines/pendingStatus.ts';
import type { DayRange } from '../periods/dayRange.ts';
import { vietnamDateKey, vietnamDayBounds } from '../vietnamTime.ts';

/** The columns of Biểu 06/VPCP/KSTT for one row (a field, or the total). */
export interface FlowCounts {
  /** Received in the period: total, online (whole or part), in person or by post. */
  received: number;
  receivedOnline: number;
  receivedOffline: number;
  /** Received before the period and still in progress at its start (kỳ trước chuyển qua). */
  carriedOver: number;
  /** Finished in the period (resolved, or ended early), by how it ended against its deadline. */
  finished: number;
  early: number;
  onTime: number;
  late: number;
  /** In progress at the period's end, within its deadline or overdue. */
  pending: number;
  pendingWithinDeadline: number;
  pendingOverdue: number;
}

/**
 * What the flow report reads of a dossier (a whole Dossier fits). The supplement requests only
 * matter for a dossier still open at the period's end (is its clock stopped?).
 */
export type FlowDossier = Pick<Dossier, 'receivedAt' | 'resolvedAt' | 'endedAt' | 'voidedAt' | 'status' | 'channel'> &
  JudgedDossier & {
    readonly supplementRequests: readonly Pick<SupplementRequest, 'requestedAt' | 'returnedAt'>[];
    readonly procedure: Pick<Dossier['procedure'], 'field'>;
  };

/** A Biểu 06 table: one row per field (lĩnh vực), and the total. */
export interface FlowReport {
  readonly byField: ReadonlyMap<string, FlowCounts>;
  readonly total: FlowCounts;
}

/** All zeros. */
export function emptyFlowCounts(): FlowCounts {
  return { received: 0, receivedOnline: 0, receivedOffline: 0, carriedOver: 0, finished: 0, early: 0, onTime: 0, late: 0, pending: 0, pendingWithinDeadline: 0, pendingOverdue: 0 };
}

/**
 * Counts a period's flow by field, by Vietnam calendar day, voided entries aside. By
 * construction, on every row, received + carried over = finished + pending (Biểu 06's
 * reconciliation), finished = early + on time + late and pending = within + overdue.
 */
export function flowReport(dossiers: Iterable<FlowDossier>, range: DayRange, rule: ApologyRule = 'judge_by_due_date'): FlowReport {
  const byField = new Map<string, FlowCounts>();
  const total = emptyFlowCounts();
  const periodEnd = lastInstantOf(range);
  for (const d of dossiers) {
    const place = flowPlace(d, range);
    if (place === null) continue;
    let row = byField.get(d.procedure.field);
    if (row === undefined) byField.set(d.procedure.field, (row = emptyFlowCounts()));
    for (const counts of [row, total]) {
      if (place.carried) counts.carriedOver += 1;
      else {
        counts.received += 1;
        if (isOnlineChannel(d.channel)) counts.receivedOnline += 1;
        else counts.receivedOffline += 1;
      }
      if (place.pending) countPending(counts, d, periodEnd, rule);
      else {
        counts.finished += 1;
        const outcome = outcomeOf(d, rule);
        if (outcome === 'early') counts.early += 1;
        else if (outcome === 'on_time') counts.onTime += 1;
        else counts.late += 1;
      }
    }
  }
  return { byField, total };
}

/** Where a dossier stands in a period's flow: carried over from before it, still pending at its end. */
export interface FlowPlace {
  readonly carried: boolean;
  readonly pending: boolean;
}

/**
 * A dossier's place in a period's Biểu 06 by Vietnam calendar day, or null when the period
 * does not count it (voided, received after the period, or ended before it).
 */
export function flowPlace(d: Pick<FlowDossier, 'voidedAt' | 'receivedAt' | 'resolvedAt' | 'endedAt'>, range: DayRange): FlowPlace | null {
  if (d.voidedAt !== undefined) return null;
  const receivedDay = vietnamDateKey(d.receivedAt);
  if (receivedDay > range.end) return null;
  const end = endTimeOf(d);
  const endDay = end === undefined ? null : vietnamDateKey(end);
  if (endDay !== null && endDay < range.start) return null;
  return { carried: receivedDay < range.start, pending: endDay === null || endDay > range.end };
}

/** The last instant of the period's last day: what pending dossiers are judged at. */
export function lastInstantOf(range: DayRange): string {
  return new Date(Date.parse(vietnamDayBounds(range.end).end) - 1).toISOString();
}

/** Counts a dossier still in progress at `periodEnd`, within its deadline or overdue. */
export function countPending(counts: FlowCounts, d: FlowDossier, periodEnd: string, rule: ApologyRule): void {
  counts.pending += 1;
  if (pendingStatusAt(d, periodEnd, rule) === 'overdue') counts.pendingOverdue += 1;
  else counts.pendingWithinDeadline += 1;
}

/** The sum of two rows of counts. */
export function addFlowCounts(a: FlowCounts, b: FlowCounts): FlowCounts {
  const sum = emptyFlowCounts();
  for (const key of Object.keys(sum) as (keyof FlowCounts)[]) sum[key] = a[key] + b[key];
  return sum;
}

/** Two reports of disjoint sets of dossiers added field by field (e.g. counted in two ways). */
export function addFlowReports(a: FlowReport, b: FlowReport): FlowReport {
  const byField = new Map(a.byField);
  for (const [field, counts] of b.byField) byField.set(field, addFlowCounts(byField.get(field) ?? emptyFlowCounts(), counts));
  return { byField, total: addFlowCounts(a.total, b.total) };
}
