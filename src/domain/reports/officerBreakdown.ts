import type { ApologyRule } from '../deadlines/outcome.ts';
import type { Dossier } from '../dossier.ts';
import type { Feedback } from '../feedback.ts';
import type { IndicatorValues } from '../indicators/computeIndicators.ts';
import type { IndicatorFilter } from '../indicators/indicatorFilter.ts';
import type { IndicatorId } from '../indicators/indicatorId.ts';
import { indicatorDefinition } from '../indicators/indicatorDefinitions.ts';
import type { Cell, Table } from '../export/table.ts';
import { percentOf, type Ratio } from '../ratio.ts';
import { indicatorsOver } from '../indicators/indicatorsOver.ts';
import type { DayRange } from '../periods/dayRange.ts';
import { flowReport, type FlowCounts } from './flowReport.ts';

/** The indicators a per-officer breakdown shows beside the counts (timeliness first: QĐ 766, tiến độ giải quyết). */
export const OFFICER_INDICATORS: readonly IndicatorId[] = ['on_time', 'early', 'online_received', 'digitized', 'electronic_result', 'satisfaction_766'];

/** The key of dossiers that name no officer (recorded before the officer was set). */
export const NO_OFFICER = '';

/** One officer's figures for a period. */
export interface OfficerFigures {
  readonly officerId: string;
  readonly officerName: string;
  /**
   * Biểu 06 counts of the officer's dossiers (the officer who received them): received,
   * finished (early / on time / late) and pending (overdue) at the period's end.
   */
  readonly flow: FlowCounts;
  /**
   * Every indicator for the officer, as the Chỉ tiêu screen's officer filter computes it
   * (see OFFICER_INDICATORS for the main ones).
   */
  readonly indicators: IndicatorValues;
}

/**
 * Per-officer breakdown of one unit's period: one row per officer the unit knows (even one
 * with no dossier, all zeros), then any officer id found on a dossier but unknown to the unit,
 * then the dossiers without an officer. Computed by the same domain code as the unit's own
 * report: flowReport over the officer's dossiers (so the rows add up to the unit's Biểu 06),
 * and indicatorsOver with the officer filter over the unit's records (as on the device).
 * `dossiers` are already narrowed to any field or channel asked for; `filter` says the same
 * for the indicators.
 */
export function officerBreakdown(
  dossiers: readonly Dossier[],
  feedback: readonly Feedback[],
  range: DayRange,
  officers: ReadonlyMap<string, string>,
  noOfficerName: string,
  filter: IndicatorFilter = {},
  rule: ApologyRule = 'judge_by_due_date',
): OfficerFigures[] {
  const ids = new Set(officers.keys());
  const unknown = new Set<string>();
  for (const d of dossiers) {
    const id = d.officerId ?? NO_OFFICER;
    if (!ids.has(id) && id !== NO_OFFICER) unknown.add(id);
  }
  const hasUnassigned = dossiers.some((d) => d.officerId === undefined) || feedback.some((f) => f.officerId === undefined);
  const order = [...ids, ...[...unknown].sort(), ...(hasUnassigned ? [NO_OFFICER] : [])];
  return order.map((officerId) => {
    const own = dossiers.filter((d) => (d.officerId ?? NO_OFFICER) === officerId);
    return {
      officerId,
      officerName: officerId === NO_OFFICER ? noOfficerName : (officers.get(officerId) ?? officerId),
      flow: flowReport(own, range, rule).total,
      indicators: indicatorsOver(dossiers, feedback, range, { ...filter, officerIds: [officerId] }, rule),
    };
  });
}

/** One officer's figures with the unit they belong to (a district's breakdown lists every unit's officers). */
export interface UnitOfficerFigures extends OfficerFigures {
  readonly unitId: string;
  readonly unitName: string;
}

/** The percentage a table shows: one decimal, never rounded up to 100 nor down to 0 (as reportPercent); null without data. */
export function percentCell(ratio: Ratio): number | null {
  const p = percentOf(ratio);
  if (p === null) return null;
  const shown = p < 100 && p > 99.9 ? 99.9 : p > 0 && p < 0.1 ? 0.1 : p;
  return Math.round(shown * 10) / 10;
}

/**
 * The breakdown as a table: per officer the Biểu 06 counts (received in the period, carried
 * over, finished early / on time / late, pending and overdue) then the main indicators in %.
 * With `withUnit` (a district) a column names each officer's unit.
 */
export function officerTable(rows: readonly UnitOfficerFigures[], options: { unitName: string; periodLabel: string; withUnit: boolean }): Table {
  const labels = OFFICER_INDICATORS.map((id) => `${indicatorDefinition(id).label} (%)`);
  const header = ['STT', 'Cán bộ', ...(options.withUnit ? ['Đơn vị'] : []), 'Tiếp nhận trong kỳ', 'Kỳ trước chuyển sang', 'Đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Đang giải quyết', 'Đang giải quyết quá hạn', ...labels];
  const body = rows.map((r, i): Cell[] => [
    i + 1,
    r.officerName,
    ...(options.withUnit ? [r.unitName] : []),
    r.flow.received,
    r.flow.carriedOver,
    r.flow.finished,
    r.flow.early,
    r.flow.onTime,
    r.flow.late,
    r.flow.pending,
    r.flow.pendingOverdue,
    ...OFFICER_INDICATORS.map((id) => percentCell(r.indicators[id])),
  ]);
  return { name: 'Theo-can-bo', title: [options.unitName, 'KẾT QUẢ GIẢI QUYẾT HỒ SƠ THEO CÁN BỘ', `Kỳ báo cáo: ${options.periodLabel}`], header: [header], rows: body };
}
