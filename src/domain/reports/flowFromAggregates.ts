import type { ApologyRule } from '../deadlines/outcome.ts';
import type { Bucket } from '../indicators/bucket.ts';
import type { DayRange } from '../periods/dayRange.ts';
import { countPending, emptyFlowCounts, flowPlace, lastInstantOf, type FlowCounts, type FlowDossier, type FlowReport } from './flowReport.ts';

/**
 * Biểu 06 without reading every dossier of the period: what flowReport counts, from parts the
 * device already keeps.
 *
 * - Received (total, online) and finished (early, on time, late) come from `buckets`, exactly the
 *   stored daily and half-month aggregates making up the period (aggregateStore's bucketsIn) (src/domain/indicators/contributions.ts: receipts by
 *   receipt day, ends by end day, judged with the same apology rule), so a year costs a few
 *   thousand buckets instead of a hundred thousand dossiers.
 * - Carried over and pending need each dossier's state at the period's edges, so they come
 *   from the few dossiers still open at either edge (`edges`: those received before the end
 *   and not ended before the start, and not both received in and ended in the period; a
 *   superset is fine, the rest is ignored).
 *
 * For valid dossiers (the schema ties status and end time, and an end never precedes its
 * receipt) this equals flowReport over all the period's dossiers: flowFromAggregates.test.ts
 * checks it on random data.
 */
export function flowFromAggregates(buckets: Iterable<Bucket>, edges: Iterable<FlowDossier>, range: DayRange, rule: ApologyRule = 'judge_by_due_date'): FlowReport {
  const byField = new Map<string, FlowCounts>();
  const total = emptyFlowCounts();
  const rowOf = (field: string) => {
    let row = byField.get(field);
    if (row === undefined) byField.set(field, (row = emptyFlowCounts()));
    return row;
  };
  for (const b of buckets) {
    // Per-procedure fee buckets repeat part of the general ones (see contributions.ts).
    if (b.procedureId !== '') continue;
    const c = b.counters;
    if (c.received === 0 && c.finished === 0) continue;
    for (const counts of [rowOf(b.field), total]) {
      counts.received += c.received;
      counts.receivedOnline += c.receivedOnline;
      counts.receivedOffline += c.received - c.receivedOnline;
      counts.finished += c.finished;
      counts.early += c.early;
      counts.onTime += c.onTime;
      counts.late += c.late;
    }
  }
  const periodEnd = lastInstantOf(range);
  const seen = new Set<FlowDossier>();
  for (const d of edges) {
    if (seen.has(d)) continue;
    seen.add(d);
    const place = flowPlace(d, range);
    if (place === null || (!place.carried && !place.pending)) continue;
    for (const counts of [rowOf(d.procedure.field), total]) {
      if (place.carried) counts.carriedOver += 1;
      if (place.pending) countPending(counts, d, periodEnd, rule);
    }
  }
  return { byField, total };
}
