import type { ApologyRule } from '../deadlines/outcome.ts';
import type { Dossier } from '../dossier.ts';
import type { DayRange } from '../periods/dayRange.ts';
import { dossierContributions } from './contributions.ts';
import type { IndicatorDefinition } from './indicatorDefinitions.ts';
import { matchesFilter, type IndicatorFilter } from './indicatorFilter.ts';

/** Whether a dossier is counted in an indicator's denominator for a period, and in its numerator. */
export interface DossierRole {
  readonly inDenominator: boolean;
  readonly inNumerator: boolean;
}

/**
 * The dossiers behind a figure ("Xem hồ sơ"): read from the very contributions the
 * aggregates are built from, so the list always adds up to the numbers shown.
 */
export function dossierRole(d: Dossier, definition: IndicatorDefinition, range: DayRange, filter: IndicatorFilter = {}, rule: ApologyRule = 'judge_by_due_date'): DossierRole {
  if (!definition.drill) return { inDenominator: false, inNumerator: false };
  let denominator = 0;
  let numerator = 0;
  for (const c of dossierContributions(d, rule)) {
    if (c.dims.slot < range.start || c.dims.slot > range.end || !matchesFilter(c.dims, filter)) continue;
    if (c.dims.procedureId !== '') continue; // per-procedure fee buckets repeat the general counts
    denominator += c.counts[definition.drill.denominator] ?? 0;
    for (const name of definition.drill.numerator) numerator += c.counts[name] ?? 0;
  }
  return { inDenominator: denominator > 0, inNumerator: numerator > 0 };
}
