import { endTimeOf, type Dossier } from '../dossier.ts';
import type { Cell, Table } from '../export/table.ts';
import type { DayRange } from '../periods/dayRange.ts';
import { vietnamDateKey } from '../vietnamTime.ts';
import { emptyFlowCounts, type FlowCounts, type FlowDossier, type FlowReport } from './flowReport.ts';
import { compareVietnamese } from './reportFormat.ts';

/** The name of the total row, in the table and in reconciliation messages. */
export const FLOW_TOTAL_LABEL = 'Tổng cộng';

/**
 * Header of Biểu 06/VPCP/KSTT (Circular 01/2020/TT-VPCP; DOMAIN.md §2), three rows: a null
 * cell continues the one to its left. "Tổng số" of received = in the period + carried over.
 */
export const FLOW_HEADER: readonly (readonly (string | null)[])[] = [
  ['STT', 'Lĩnh vực', 'Số hồ sơ nhận giải quyết', null, null, null, 'Số hồ sơ đã giải quyết', null, null, null, 'Số hồ sơ đang giải quyết', null, null],
  ['', '', 'Tổng số', 'Trong kỳ', null, 'Từ kỳ trước', 'Tổng số', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Tổng số', 'Trong hạn', 'Quá hạn'],
  ['', '', '', 'Trực tuyến', 'Trực tiếp, dịch vụ bưu chính', '', '', '', '', '', '', '', ''],
];

function countCells(c: FlowCounts): Cell[] {
  return [c.received + c.carriedOver, c.receivedOnline, c.receivedOffline, c.carriedOver, c.finished, c.early, c.onTime, c.late, c.pending, c.pendingWithinDeadline, c.pendingOverdue];
}

/** Biểu 06 as a table: one row per field (Vietnamese collation), then "Tổng cộng". */
export function flowTable(report: FlowReport, options: { unitName: string; periodLabel: string }): Table {
  const fields = [...report.byField.keys()].sort(compareVietnamese);
  const rows: Cell[][] = fields.map((field, index) => [index + 1, field, ...countCells(report.byField.get(field) ?? emptyFlowCounts())]);
  rows.push(['', FLOW_TOTAL_LABEL, ...countCells(report.total)]);
  return {
    name: 'Bieu-06',
    title: [options.unitName, 'Biểu 06/VPCP/KSTT', 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH', `Kỳ báo cáo: ${options.periodLabel}`],
    header: FLOW_HEADER,
    rows,
  };
}

/** One broken identity of Biểu 06, on a field's row or on the total ("Tổng cộng"). */
export interface FlowMismatch {
  readonly field: string;
  readonly what: string;
}

/** Whether every row of a Biểu 06 adds up, and which do not. */
export interface FlowReconciliation {
  readonly ok: boolean;
  readonly broken: readonly FlowMismatch[];
}

/**
 * Checks Biểu 06's identities on every row and the total (DOMAIN.md §2): received in the
 * period + carried over = finished + pending; finished = early + on time + late; pending =
 * within + overdue; received = online + in person or by post; and the total is the sum of the
 * field rows.
 */
export function reconcileFlow(report: FlowReport): FlowReconciliation {
  const broken: FlowMismatch[] = [];
  const sum = emptyFlowCounts();
  for (const [field, c] of report.byField) {
    broken.push(...rowMismatches(field, c));
    for (const key of Object.keys(sum) as (keyof FlowCounts)[]) sum[key] += c[key];
  }
  broken.push(...rowMismatches(FLOW_TOTAL_LABEL, report.total));
  const differing = (Object.keys(sum) as (keyof FlowCounts)[]).filter((key) => sum[key] !== report.total[key]);
  if (differing.length > 0) broken.push({ field: FLOW_TOTAL_LABEL, what: `tổng cộng khác tổng các lĩnh vực ở cột: ${differing.map((k) => COLUMN_NAMES[k]).join(', ')}` });
  return { ok: broken.length === 0, broken };
}

const COLUMN_NAMES: Readonly<Record<keyof FlowCounts, string>> = {
  received: 'nhận trong kỳ',
  receivedOnline: 'trực tuyến',
  receivedOffline: 'trực tiếp, bưu chính',
  carriedOver: 'từ kỳ trước',
  finished: 'đã giải quyết',
  early: 'trước hạn',
  onTime: 'đúng hạn',
  late: 'quá hạn (đã giải quyết)',
  pending: 'đang giải quyết',
  pendingWithinDeadline: 'trong hạn',
  pendingOverdue: 'quá hạn (đang giải quyết)',
};

function rowMismatches(field: string, c: FlowCounts): FlowMismatch[] {
  const checks: Array<[number, number, string, string]> = [
    [c.received + c.carriedOver, c.finished + c.pending, 'nhận trong kỳ + kỳ trước chuyển sang', 'đã giải quyết + đang giải quyết'],
    [c.finished, c.early + c.onTime + c.late, 'đã giải quyết', 'trước hạn + đúng hạn + quá hạn'],
    [c.pending, c.pendingWithinDeadline + c.pendingOverdue, 'đang giải quyết', 'trong hạn + quá hạn'],
    [c.received, c.receivedOnline + c.receivedOffline, 'nhận trong kỳ', 'trực tuyến + trực tiếp, bưu chính'],
  ];
  return checks.filter(([a, b]) => a !== b).map(([a, b, left, right]) => ({ field, what: `${left} (${a}) ≠ ${right} (${b})` }));
}

/** A dossier the flow report cannot place soundly, named so the officer can open and fix it. */
export interface FlowProblem {
  readonly id: string;
  readonly code: string | undefined;
  readonly procedure: string;
  readonly problem: 'ended_before_received' | 'finished_without_end' | 'end_while_in_progress' | 'no_field';
  /** The problem in Vietnamese. */
  readonly what: string;
}

/** What flowProblems reads: a flow dossier with the names an officer recognises it by. */
export type NamedFlowDossier = FlowDossier & Pick<Dossier, 'id' | 'code'> & { readonly procedure: Pick<Dossier['procedure'], 'field' | 'name'> };

const PROBLEM_WORDS: Readonly<Record<FlowProblem['problem'], string>> = {
  ended_before_received: 'thời điểm kết thúc trước thời điểm tiếp nhận',
  finished_without_end: 'đã kết thúc nhưng thiếu thời điểm giải quyết hoặc kết thúc',
  end_while_in_progress: 'đang giải quyết nhưng đã có thời điểm giải quyết hoặc kết thúc',
  no_field: 'thủ tục chưa có lĩnh vực',
};

/**
 * The dossiers of a period (voided ones aside) that Biểu 06 counts wrongly or not at all:
 * one ended before it was received (dropped, or counted in the wrong column), one finished
 * without an end time (counted as still pending), one in progress that carries an end time
 * (counted as finished), and one whose procedure has no field (a row without a name).
 */
export function flowProblems(dossiers: Iterable<NamedFlowDossier>, range: DayRange): FlowProblem[] {
  const problems: FlowProblem[] = [];
  for (const d of dossiers) {
    if (d.voidedAt !== undefined) continue;
    const receivedDay = vietnamDateKey(d.receivedAt);
    if (receivedDay > range.end) continue;
    const end = endTimeOf(d);
    const endDay = end === undefined ? null : vietnamDateKey(end);
    // Received and ended before the period: rightly outside it.
    if (receivedDay < range.start && endDay !== null && endDay < range.start) continue;
    const named = (problem: FlowProblem['problem']): FlowProblem => ({ id: d.id, code: d.code, procedure: d.procedure.name, problem, what: PROBLEM_WORDS[problem] });
    if (end !== undefined && Date.parse(end) < Date.parse(d.receivedAt)) problems.push(named('ended_before_received'));
    if (d.status !== 'received' && end === undefined) problems.push(named('finished_without_end'));
    if (d.status === 'received' && end !== undefined) problems.push(named('end_while_in_progress'));
    if (d.procedure.field.trim() === '') problems.push(named('no_field'));
  }
  return problems;
}
