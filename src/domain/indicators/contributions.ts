import { isOnlineChannel } from '../channel.ts';
import { endTimeOf, type Dossier } from '../dossier.ts';
import { outcomeOf, type ApologyRule } from '../deadlines/outcome.ts';
import type { Feedback } from '../feedback.ts';
import { isSatisfied } from '../satisfaction.ts';
import { vietnamDateKey } from '../vietnamTime.ts';
import type { BucketDims } from './bucket.ts';
import type { Counters } from './counters.ts';
import { halfMonthOf } from './halfMonth.ts';

/** Counts one record adds to one bucket. */
export interface Contribution {
  readonly dims: BucketDims;
  readonly counts: Partial<Counters>;
}

const one = (flag: boolean): number => (flag ? 1 : 0);

/**
 * What one dossier adds to the daily buckets: its receipt-day counts, its resolution-day
 * counts and its end-day counts, plus one per-procedure fee count when the procedure has a
 * fee (for "TTHC có nghĩa vụ tài chính được thanh toán trực tuyến"). Pure and total, so
 * aggregates can be kept up to date by subtracting a record's old contributions and adding
 * its new ones.
 */
export function dossierContributions(d: Dossier, rule: ApologyRule = 'judge_by_due_date'): Contribution[] {
  if (d.voidedAt !== undefined) return [];
  const dims = (at: string): BucketDims => ({
    slot: vietnamDateKey(at),
    field: d.procedure.field,
    procedureId: '',
    officerId: d.officerId ?? '',
    channel: d.channel,
  });
  const out: Contribution[] = [];
  const fee = d.procedure.hasFee;
  out.push({
    dims: dims(d.receivedAt),
    counts: {
      received: 1,
      receivedOnline: one(isOnlineChannel(d.channel)),
      receivedFullyOnline: one(d.channel === 'online_full'),
      digitized: one(d.digitized),
      reusedData: one(d.reusedData),
      postal: one(d.channel === 'postal' || d.returnedByPost),
      feeDossiers: one(fee),
      paidOnline: one(fee && d.paidOnline),
      certifiedCopies: one(d.procedure.certifiedCopy),
      electronicCertifiedCopies: one(d.procedure.certifiedCopy && d.electronicCertifiedCopy),
    },
  });
  if (fee) {
    // Per procedure, without officer or channel, so that the general buckets need no
    // procedure dimension (it would multiply their number): see procedureFeeDims.
    out.push({ dims: { ...dims(d.receivedAt), procedureId: d.procedure.id, officerId: '', channel: '' }, counts: { feeDossiers: 1, paidOnline: one(d.paidOnline) } });
  }
  if (d.resolvedAt !== undefined) {
    out.push({ dims: dims(d.resolvedAt), counts: { resolved: 1, electronicResult: one(d.electronicResult), syncedToPortal: one(d.syncedToPortal) } });
  }
  const end = endTimeOf(d);
  const outcome = outcomeOf(d, rule);
  if (end !== undefined && outcome !== null) {
    const late = outcome === 'late';
    const grievance = late || d.complaint || d.satisfaction === 'dissatisfied';
    out.push({
      dims: dims(end),
      counts: {
        finished: 1,
        early: one(outcome === 'early'),
        onTime: one(outcome === 'on_time'),
        late: one(late),
        lateWithApology: one(late && d.apology !== undefined),
        finishedWithoutGrievance: one(!grievance),
      },
    });
  }
  if (d.satisfaction !== undefined) {
    out.push({ dims: dims(end ?? d.receivedAt), counts: { rated: 1, ratedSatisfied: one(isSatisfied(d.satisfaction)) } });
  }
  return out;
}

/** The same contributions rolled up by half-month (see halfMonth.ts), for long periods. */
export function halfMonthContributions(contributions: readonly Contribution[]): Contribution[] {
  return contributions.map((c) => ({ dims: { ...c.dims, slot: halfMonthOf(c.dims.slot) }, counts: c.counts }));
}

/** What one feedback (PAKN) adds: once handled, one handled, on time or not. */
export function feedbackContributions(f: Feedback): Contribution[] {
  if (f.handledAt === undefined) return [];
  const day = vietnamDateKey(f.handledAt);
  return [
    {
      dims: { slot: day, field: f.field ?? '', procedureId: '', officerId: f.officerId ?? '', channel: '' },
      counts: { feedbackHandled: 1, feedbackOnTime: one(day <= f.dueDate) },
    },
  ];
}
