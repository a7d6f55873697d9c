import type { IndicatorValues } from '../indicators/computeIndicators.ts';
import { evaluatePlanRow, type PlanRowStatus } from '../plans/evaluatePlanRow.ts';
import { formatThreshold, formatTarget } from '../plans/formatTarget.ts';
import type { Plan, PlanTargetRow } from '../plans/planSchema.ts';
import type { PlanRowValue } from '../plans/planRowValue.ts';
import { targetRowsOf } from '../plans/targetRows.ts';
import { percentOf } from '../ratio.ts';
import type { Cell, Table } from '../export/table.ts';
import { reportPercent } from './reportFormat.ts';

/** One target row of a plan's annex (Phụ lục) with what was achieved in a period. */
export interface PlanReportRow {
  readonly rowId: string;
  /** "I. Chỉ tiêu về …" (the section's code and title). */
  readonly section: string;
  /** The plan's own numbering of the row ("1", "3.3"), may be empty. */
  readonly code: string;
  readonly label: string;
  /** "Tối thiểu 45%", or the plan's words. */
  readonly target: string;
  /** "47,5%", a manual text result, or "" when nothing is known. */
  readonly achieved: string;
  /** The measured percentage, unrounded; null for text rows and without data. */
  readonly percent: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly status: PlanRowStatus;
  /** Gap to the target, a crossed floor, the plan body's different figure, joined by "; ". */
  readonly note: string;
}

/** Indicator values for a row restricted to some fields (Plan 001, III.1.2), when the caller has them. */
export type FieldValues = (fields: readonly string[]) => IndicatorValues | undefined;

/**
 * A row's value: the user's entry for a manual row, otherwise its indicator's Ratio (for a row
 * restricted to some fields, from `fieldValues`; nothing when those are not given).
 */
export function planRowValue(row: PlanTargetRow, values: IndicatorValues, manual: ReadonlyMap<string, PlanRowValue>, fieldValues?: FieldValues): PlanRowValue | undefined {
  if (row.source.kind === 'manual') return manual.get(row.id);
  const fields = row.source.filter?.fields;
  if (fields === undefined) return values[row.source.indicatorId];
  return fieldValues?.(fields)?.[row.source.indicatorId];
}

/** The percentage a value shows: a ratio's (null at 0 of 0), a typed percentage, nothing for words. */
export function measuredPercent(value: PlanRowValue | undefined): number | null {
  if (value === undefined || 'text' in value) return null;
  return 'percent' in value ? value.percent : percentOf(value);
}

/** Every target row of a plan judged for a period, in the plan's order (reuses evaluatePlanRow). */
export function planReport(plan: Plan, values: IndicatorValues, manual: ReadonlyMap<string, PlanRowValue>, fieldValues?: FieldValues): PlanReportRow[] {
  return targetRowsOf(plan).map(({ section, row }) => {
    const value = planRowValue(row, values, manual, fieldValues);
    const evaluation = evaluatePlanRow(row, value);
    const percent = measuredPercent(value);
    const counted = value !== undefined && 'numerator' in value ? value : null;
    const notes: string[] = [];
    if (evaluation.status === 'not_met' && evaluation.gap !== null && evaluation.gap > 0) notes.push(`Còn thiếu ${reportPercent(evaluation.gap).replace('%', '')} điểm %`);
    if (evaluation.floorBreached === true && row.floor !== undefined) notes.push(`Dưới mức ${formatThreshold(row.floor).toLocaleLowerCase('vi-VN')}`);
    if (row.bodyNote !== undefined) notes.push(`Phần nội dung kế hoạch ghi: ${row.bodyNote}`);
    return {
      rowId: row.id,
      section: section.code ? `${section.code}. ${section.title}` : section.title,
      code: row.code,
      label: row.label,
      target: formatTarget(row.target),
      achieved: percent !== null ? reportPercent(percent) : value !== undefined && 'text' in value ? value.text : '',
      percent,
      numerator: counted?.numerator ?? null,
      denominator: counted?.denominator ?? null,
      status: evaluation.status,
      note: notes.join('; '),
    };
  });
}

/** "Đánh giá" of the annex report. */
export const PLAN_STATUS_WORDS: Readonly<Record<PlanRowStatus, string>> = { met: 'Đạt', not_met: 'Không đạt', no_data: 'Chưa có số liệu' };

/** The annex row by row, each section's title on a line of its own before its rows. */
export function planTable(rows: readonly PlanReportRow[], options: { unitName: string; periodLabel: string; planName: string }): Table {
  const lines: Cell[][] = [];
  let section: string | null = null;
  for (const row of rows) {
    if (row.section !== section) {
      section = row.section;
      if (section !== '') lines.push(['', section, '', '', '', '', '']);
    }
    lines.push([
      row.code,
      row.label,
      row.target,
      row.achieved,
      row.numerator === null || row.denominator === null ? '' : `${row.numerator}/${row.denominator}`,
      PLAN_STATUS_WORDS[row.status],
      row.note,
    ]);
  }
  return {
    name: 'Bao-cao-ke-hoach',
    title: [options.unitName, 'BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU', options.planName, `Kỳ báo cáo: ${options.periodLabel}`],
    header: [['STT', 'Chỉ tiêu', 'Chỉ tiêu kế hoạch', 'Kết quả đạt được', 'Tử số/Mẫu số', 'Đánh giá', 'Ghi chú']],
    rows: lines,
  };
}
