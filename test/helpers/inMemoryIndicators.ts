import type { Dossier } from '../../src/domain/dossier.ts';
import type { Feedback } from '../../src/domain/feedback.ts';
import { aggregate } from '../../src/domain/indicators/aggregate.ts';
import { computeIndicators, type IndicatorValues } from '../../src/domain/indicators/computeIndicators.ts';
import { dossierContributions, feedbackContributions, halfMonthContributions } from '../../src/domain/indicators/contributions.ts';
import type { IndicatorFilter } from '../../src/domain/indicators/indicatorFilter.ts';
import { selectBuckets } from '../../src/domain/indicators/slotsOf.ts';
import type { DayRange } from '../../src/domain/periods/dayRange.ts';

/** Indicators over records held in memory, through the same daily + half-month buckets the device stores. */
export function indicatorsOf(dossiers: readonly Dossier[], feedback: readonly Feedback[] = []): (range: DayRange, filter?: IndicatorFilter) => IndicatorValues {
  const contributions = [...dossiers.map((d) => dossierContributions(d)), ...feedback.map(feedbackContributions)];
  const daily = aggregate(contributions);
  const halves = aggregate(contributions.map(halfMonthContributions));
  return (range, filter = {}) => computeIndicators(selectBuckets(daily.values(), halves.values(), range), filter);
}
