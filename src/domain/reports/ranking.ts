import type { IndicatorValues } from '../indicators/computeIndicators.ts';
import { INDICATOR_IDS, type IndicatorId } from '../indicators/indicatorId.ts';
import { percentOf, type Ratio } from '../ratio.ts';
import type { Cell, Table } from '../export/table.ts';
import { indicatorDefinition } from '../indicators/indicatorDefinitions.ts';
import { percentCell } from './officerBreakdown.ts';

/** One unit's indicator values for a period, as the ranking reads them. */
export interface UnitIndicators {
  readonly unitId: string;
  readonly unitName: string;
  readonly values: IndicatorValues;
}

/** One unit's place on one indicator. */
export interface RankedUnit {
  /** 1 for the best; units with equal values share a rank (1, 1, 3); null for a unit with no data (0 of 0). */
  readonly rank: number | null;
  readonly unitId: string;
  readonly unitName: string;
  readonly numerator: number;
  readonly denominator: number;
  /** The percentage, unrounded; null with no data. */
  readonly percent: number | null;
}

/** Sign of a − b, compared on the counts (a/b vs c/d as a·d vs c·b), so 1/3 and 2/6 tie exactly. */
function compareRatios(a: Ratio, b: Ratio): number {
  return Math.sign(a.numerator * b.denominator - b.numerator * a.denominator);
}

const byName = (a: UnitIndicators, b: UnitIndicators) => a.unitName.localeCompare(b.unitName, 'vi') || a.unitId.localeCompare(b.unitId);

/**
 * Ranks units on one indicator, highest share first (every indicator of the catalogue is a
 * share of good outcomes, DOMAIN.md §4). Equal shares share a rank and the next rank skips
 * ("1, 1, 3", standard competition ranking); units with no data come last, unranked. Within a
 * rank, units are in name order.
 */
export function rankUnits(units: readonly UnitIndicators[], indicator: IndicatorId): RankedUnit[] {
  const withData = units.filter((u) => u.values[indicator].denominator > 0);
  const withoutData = units.filter((u) => u.values[indicator].denominator === 0).sort(byName);
  const sorted = [...withData].sort((a, b) => compareRatios(b.values[indicator], a.values[indicator]) || byName(a, b));
  const ranked: RankedUnit[] = [];
  sorted.forEach((u, i) => {
    const previous = ranked[i - 1];
    const tiesPrevious = i > 0 && compareRatios(u.values[indicator], (sorted[i - 1] as UnitIndicators).values[indicator]) === 0;
    ranked.push(entry(u, indicator, tiesPrevious && previous !== undefined ? previous.rank : i + 1));
  });
  return [...ranked, ...withoutData.map((u) => entry(u, indicator, null))];
}

/** The ranking on every indicator of the catalogue. */
export function rankUnitsOnEveryIndicator(units: readonly UnitIndicators[]): Readonly<Record<IndicatorId, RankedUnit[]>> {
  return Object.fromEntries(INDICATOR_IDS.map((id) => [id, rankUnits(units, id)])) as Record<IndicatorId, RankedUnit[]>;
}

function entry(u: UnitIndicators, indicator: IndicatorId, rank: number | null): RankedUnit {
  const ratio = u.values[indicator];
  return { rank, unitId: u.unitId, unitName: u.unitName, numerator: ratio.numerator, denominator: ratio.denominator, percent: percentOf(ratio) };
}

/** The sheet (and file-name stem) of an indicator's ranking: short, as sheet names allow 31 characters. */
export function rankingTableName(indicator: IndicatorId): string {
  return `Xep-hang-${INDICATOR_IDS.indexOf(indicator) + 1}`;
}

/**
 * One indicator's ranking as a table: rank, unit, percentage (one decimal, never rounded up
 * to 100), numerator and denominator; a unit without data reads "Chưa có số liệu", unranked.
 */
export function rankingTable(ranked: readonly RankedUnit[], indicator: IndicatorId, options: { unitName: string; periodLabel: string }): Table {
  const definition = indicatorDefinition(indicator);
  const rows = ranked.map((r): Cell[] => [r.rank ?? '', r.unitName, r.percent === null ? 'Chưa có số liệu' : percentCell(r), r.numerator, r.denominator]);
  return {
    name: rankingTableName(indicator),
    title: [options.unitName, 'XẾP HẠNG CÁC ĐƠN VỊ THEO CHỈ TIÊU', definition.label, `Kỳ báo cáo: ${options.periodLabel}`],
    header: [['Hạng', 'Đơn vị', 'Tỷ lệ (%)', definition.numerator, definition.denominator]],
    rows,
  };
}
