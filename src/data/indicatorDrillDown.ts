import type { ApologyRule } from '../domain/deadlines/outcome.ts';
import type { Dossier } from '../domain/dossier.ts';
import { dossierRole } from '../domain/indicators/dossierRole.ts';
import { indicatorDefinition } from '../domain/indicators/indicatorDefinitions.ts';
import type { IndicatorFilter } from '../domain/indicators/indicatorFilter.ts';
import type { IndicatorId } from '../domain/indicators/indicatorId.ts';
import { computeIndicators } from '../domain/indicators/computeIndicators.ts';
import type { DayRange } from '../domain/periods/dayRange.ts';
import { nextPeriod, periodLabel, periodRange, type Period } from '../domain/periods/period.ts';
import type { PeriodRule } from '../domain/periods/periodRule.ts';
import type { Ratio } from '../domain/ratio.ts';
import { vietnamDayBounds } from '../domain/vietnamTime.ts';
import { bucketsIn } from './aggregateStore.ts';
import type { SoMotCuaDatabase } from './database.ts';

/** One dossier behind a figure, and whether it counts in the numerator. */
export interface DossierBehind {
  readonly dossier: Dossier;
  readonly inNumerator: boolean;
}

/**
 * The dossiers in an indicator's denominator for a period (newest first, at most `limit`),
 * found through the receipt, resolution and end indexes of the period only.
 */
export async function dossiersBehind(db: SoMotCuaDatabase, id: IndicatorId, range: DayRange, filter: IndicatorFilter, rule: ApologyRule, limit = 200): Promise<{ rows: DossierBehind[]; total: number }> {
  const definition = indicatorDefinition(id);
  const start = vietnamDayBounds(range.start).start;
  const end = vietnamDayBounds(range.end).end;
  const byId = new Map<string, Dossier>();
  for (const index of ['receivedAt', 'resolvedAt', 'endedAt'] as const) {
    for (const d of await db.dossiers.where(index).between(start, end, true, false).toArray()) byId.set(d.id, d);
  }
  const rows: DossierBehind[] = [];
  for (const dossier of byId.values()) {
    const role = dossierRole(dossier, definition, range, filter, rule);
    if (role.inDenominator) rows.push({ dossier, inNumerator: role.inNumerator });
  }
  rows.sort((a, b) => b.dossier.receivedAt.localeCompare(a.dossier.receivedAt));
  return { rows: rows.slice(0, limit), total: rows.length };
}

/** One point of a trend: a month and the indicator's ratio in it. */
export interface TrendPoint {
  readonly label: string;
  readonly ratio: Ratio;
}

/** The indicator month by month, the `months` months ending with `last` (under the period rule). */
export async function monthlyTrend(db: SoMotCuaDatabase, id: IndicatorId, last: Extract<Period, { kind: 'month' }>, rule: PeriodRule, filter: IndicatorFilter, months = 12): Promise<TrendPoint[]> {
  let month: Period = { kind: 'month', year: last.year - (last.month <= months - 1 ? 1 : 0), month: ((last.month - months + 12) % 12) + 1 };
  const points: TrendPoint[] = [];
  for (let i = 0; i < months; i += 1) {
    const values = computeIndicators(await bucketsIn(db, periodRange(month, rule)), filter);
    points.push({ label: periodLabel(month, rule).replace('Tháng ', ''), ratio: values[id] });
    month = nextPeriod(month);
  }
  return points;
}
