import { endTimeOf, type Dossier } from '../dossier.ts';
import { vietnamDateKey } from '../vietnamTime.ts';
import type { DayRange } from '../periods/dayRange.ts';

/** How dossiers flowed through a period: the backbone of Biểu 06/VPCP/KSTT. */
export interface DossierFlow {
  /** Received before the period and not finished before it (số kỳ trước chuyển qua). */
  readonly carriedOver: number;
  /** Received during the period. */
  readonly received: number;
  /** Finished (resolved, rejected, withdrawn, stopped) during the period. */
  readonly finished: number;
  /** Not finished at the period's end. */
  readonly pending: number;
}

/**
 * Counts the flow of a period by Vietnam calendar day (voided entries aside). By construction
 * received + carried over = finished + pending (Biểu 06's reconciliation).
 */
export function dossierFlow(dossiers: Iterable<Pick<Dossier, 'receivedAt' | 'resolvedAt' | 'endedAt' | 'voidedAt'>>, range: DayRange): DossierFlow {
  let carriedOver = 0;
  let received = 0;
  let finished = 0;
  let pending = 0;
  for (const d of dossiers) {
    if (d.voidedAt !== undefined) continue;
    const receivedDay = vietnamDateKey(d.receivedAt);
    if (receivedDay > range.end) continue;
    const end = endTimeOf(d);
    const endDay = end === undefined ? null : vietnamDateKey(end);
    if (receivedDay < range.start) {
      if (endDay !== null && endDay < range.start) continue;
      carriedOver += 1;
    } else {
      received += 1;
    }
    if (endDay !== null && endDay <= range.end) finished += 1;
    else pending += 1;
  }
  return { carriedOver, received, finished, pending };
}
