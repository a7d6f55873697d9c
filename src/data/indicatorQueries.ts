import { computeIndicators, type IndicatorValues } from '../domain/indicators/computeIndicators.ts';
import type { IndicatorFilter } from '../domain/indicators/indicatorFilter.ts';
import type { DayRange } from '../domain/periods/dayRange.ts';
import { bucketsIn } from './aggregateStore.ts';
import type { SoMotCuaDatabase } from './database.ts';
import { live, type LiveValue } from './liveValue.ts';

/** Every indicator for a range and filter, from the stored aggregates (never a scan of all dossiers). */
export async function indicatorValues(db: SoMotCuaDatabase, range: DayRange, filter: IndicatorFilter = {}): Promise<IndicatorValues> {
  return computeIndicators(await bucketsIn(db, range), filter);
}

/** Live view of `indicatorValues`: updates as dossiers are saved. */
export function watchIndicatorValues(db: SoMotCuaDatabase, range: DayRange, filter: IndicatorFilter = {}): LiveValue<IndicatorValues> {
  return live(() => indicatorValues(db, range, filter));
}

/** The fields and officers present in a range's aggregates, for the filter pickers. */
export async function dimensionsIn(db: SoMotCuaDatabase, range: DayRange): Promise<{ fields: string[]; officers: string[] }> {
  const buckets = await bucketsIn(db, range);
  const fields = new Set<string>();
  const officers = new Set<string>();
  for (const b of buckets) {
    if (b.field !== '') fields.add(b.field);
    if (b.officerId !== '') officers.add(b.officerId);
  }
  return { fields: [...fields].sort((a, b) => a.localeCompare(b, 'vi')), officers: [...officers].sort((a, b) => a.localeCompare(b, 'vi')) };
}
