import type { ApologyRule } from '../deadlines/outcome.ts';
import type { Dossier } from '../dossier.ts';
import type { Feedback } from '../feedback.ts';
import type { DayRange } from '../periods/dayRange.ts';
import { aggregate } from './aggregate.ts';
import { computeIndicators, type IndicatorValues } from './computeIndicators.ts';
import { dossierContributions, feedbackContributions } from './contributions.ts';
import type { IndicatorFilter } from './indicatorFilter.ts';

/**
 * Every indicator over a period from whole dossiers and feedback, as the server computes it:
 * the same contributions the device keeps in its daily aggregates (contributions.ts), summed
 * over the days of `range` and computed by the same definitions (computeIndicators.ts), so a
 * phone and the server cannot disagree on a figure. The caller passes at least every record
 * that has a contribution dated inside the range (received, resolved or ended in it).
 */
export function indicatorsOver(
  dossiers: Iterable<Dossier>,
  feedback: Iterable<Feedback>,
  range: DayRange,
  filter: IndicatorFilter = {},
  rule: ApologyRule = 'judge_by_due_date',
): IndicatorValues {
  const contributions = function* () {
    for (const d of dossiers) yield dossierContributions(d, rule);
    for (const f of feedback) yield feedbackContributions(f);
  };
  const inRange = [...aggregate(contributions()).values()].filter((b) => b.slot >= range.start && b.slot <= range.end);
  return computeIndicators(inRange, filter);
}
