import * as v from 'valibot';
import { CHANNELS, type Channel } from './channel.ts';
import { endTimeOf, type Dossier } from './dossier.ts';
import { outcomeOf, type ApologyRule } from './deadlines/outcome.ts';
import { pendingStatusAt } from './deadlines/pendingStatus.ts';
import { DateKeySchema, InstantSchema } from './schemaPrimitives.ts';
import { vietnamDateKey, type DateKey } from './vietnamTime.ts';

const count = v.pipe(v.number(), v.integer(), v.minValue(0));

/**
 * The figures an officer confirms at the end of the day ("Chốt số liệu cuối ngày", issue 6
 * part 6): the columns of Biểu 06/VPCP/KSTT (DOMAIN.md §2) for one day. Received by channel;
 * resolved early / on time / late; results returned; dossiers ended without a result
 * (rejected, withdrawn, stopped); and the dossiers still pending when the figures were taken,
 * with how many of them are overdue.
 */
export const CloseOutFiguresSchema = v.object({
  received: count,
  receivedByChannel: v.object(Object.fromEntries(CHANNELS.map((c) => [c, count])) as Record<Channel, typeof count>),
  resolved: count,
  resolvedEarly: count,
  resolvedOnTime: count,
  resolvedLate: count,
  returned: count,
  ended: count,
  pending: count,
  pendingOverdue: count,
});
export type CloseOutFigures = v.InferOutput<typeof CloseOutFiguresSchema>;

/** A confirmed close-out: the day, when the officer confirmed it and the figures they saw. */
export const CloseOutRecordSchema = v.object({
  day: DateKeySchema,
  confirmedAt: InstantSchema,
  figures: CloseOutFiguresSchema,
});
export type CloseOutRecord = v.InferOutput<typeof CloseOutRecordSchema>;

/**
 * The day's figures. `touched` holds (at least) every dossier received, resolved, ended or
 * returned on `day`; `open` every dossier not yet resolved (any others are ignored); pending
 * and overdue are judged at `instant` (pendingStatusAt: a dossier waiting for documents is
 * within its deadline). Voided entries count nowhere.
 */
export function closeOutFigures(touched: Iterable<Dossier>, open: Iterable<Dossier>, day: DateKey, instant: string, rule: ApologyRule = 'judge_by_due_date'): CloseOutFigures {
  const receivedByChannel = Object.fromEntries(CHANNELS.map((c) => [c, 0])) as Record<Channel, number>;
  const f = { received: 0, resolved: 0, resolvedEarly: 0, resolvedOnTime: 0, resolvedLate: 0, returned: 0, ended: 0, pending: 0, pendingOverdue: 0 };
  const onDay = (at: string | undefined) => at !== undefined && vietnamDateKey(at) === day;
  for (const d of touched) {
    if (d.voidedAt !== undefined) continue;
    if (onDay(d.receivedAt)) {
      f.received += 1;
      receivedByChannel[d.channel] += 1;
    }
    if (onDay(d.resolvedAt)) {
      f.resolved += 1;
      const outcome = outcomeOf(d, rule);
      if (outcome === 'early') f.resolvedEarly += 1;
      if (outcome === 'on_time') f.resolvedOnTime += 1;
      if (outcome === 'late') f.resolvedLate += 1;
    } else if (d.resolvedAt === undefined && onDay(endTimeOf(d))) {
      f.ended += 1;
    }
    if (onDay(d.returnedAt)) f.returned += 1;
  }
  for (const d of open) {
    if (d.voidedAt !== undefined || d.status !== 'received') continue;
    const pending = pendingStatusAt(d, instant, rule);
    if (pending === null) continue;
    f.pending += 1;
    if (pending === 'overdue') f.pendingOverdue += 1;
  }
  return { ...f, receivedByChannel };
}

/** Whether two sets of figures are the same (a late entry after confirming makes them differ). */
export function sameFigures(a: CloseOutFigures, b: CloseOutFigures): boolean {
  const keys = Object.keys(CloseOutFiguresSchema.entries) as (keyof CloseOutFigures)[];
  return keys.every((k) => (k === 'receivedByChannel' ? CHANNELS.every((c) => a.receivedByChannel[c] === b.receivedByChannel[c]) : a[k] === b[k]));
}
