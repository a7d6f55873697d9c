import * as v from 'valibot';
import { CHANNELS, type Channel } from '../../domain/channel.ts';
import { INDICATOR_IDS, type IndicatorId } from '../../domain/indicators/indicatorId.ts';
import type { DayRange } from '../../domain/periods/dayRange.ts';
import { periodLabel, periodRange, type Period } from '../../domain/periods/period.ts';
import { parsePeriodParam } from '../../domain/periods/periodParam.ts';
import type { PeriodRule } from '../../domain/periods/periodRule.ts';
import { REPORT_FORMATS, type ReportFormat } from '../../sync/reportWire.ts';
import { describeIssues, VIETNAMESE_MESSAGES } from '../describeIssues.ts';

const Text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));

const ReportQuerySchema = v.object({
  protocol: v.pipe(v.string(), v.regex(/^\d{1,6}$/, 'protocol phải là số nguyên không âm')),
  unit: v.optional(Text(64)),
  period: v.pipe(
    v.string('thiếu kỳ báo cáo (period), ví dụ month:2026-10'),
    v.check((text) => parsePeriodParam(text) !== null, 'kỳ báo cáo (period) không hợp lệ: dùng month:2026-10, quarter:2026-4, half:2026-2, year:2026 hoặc custom:2026-10-01..2026-10-31'),
  ),
  rule: v.optional(v.picklist(['calendar', 'fifteenth'], 'cách tính kỳ (rule) phải là calendar hoặc fifteenth'), 'calendar'),
  field: v.optional(Text(200)),
  officer: v.optional(Text(64)),
  channel: v.optional(v.picklist(CHANNELS, `kênh (channel) phải là một trong ${CHANNELS.join(', ')}`)),
  format: v.optional(v.picklist(REPORT_FORMATS, 'định dạng (format) phải là json, csv hoặc xlsx'), 'json'),
  personal: v.optional(v.picklist(['0', '1'], 'personal phải là 0 hoặc 1'), '0'),
  plan: v.optional(Text(64)),
  indicator: v.optional(v.picklist(INDICATOR_IDS, 'chỉ tiêu (indicator) không có trong danh mục')),
});

/** A report request, checked. */
export interface ReportQuery {
  readonly unit: string | undefined;
  readonly period: Period;
  readonly periodParam: string;
  readonly rule: PeriodRule;
  readonly range: DayRange;
  readonly label: string;
  readonly field: string | undefined;
  readonly officer: string | undefined;
  readonly channel: Channel | undefined;
  readonly format: ReportFormat;
  readonly includePersonal: boolean;
  readonly plan: string | undefined;
  readonly indicator: IndicatorId | undefined;
}

/** The query checked, or the Vietnamese reason it is refused (400). */
export function parseReportQuery(query: Record<string, string>): { ok: true; query: ReportQuery } | { ok: false; error: string } {
  const parsed = v.safeParse(ReportQuerySchema, query, VIETNAMESE_MESSAGES);
  if (!parsed.success) return { ok: false, error: `Yêu cầu báo cáo không đúng: ${describeIssues(parsed.issues)}` };
  const q = parsed.output;
  const period = parsePeriodParam(q.period) as Period;
  return {
    ok: true,
    query: {
      unit: q.unit,
      period,
      periodParam: q.period.trim(),
      rule: q.rule,
      range: periodRange(period, q.rule),
      label: periodLabel(period, q.rule),
      field: q.field,
      officer: q.officer,
      channel: q.channel,
      format: q.format,
      includePersonal: q.personal === '1',
      plan: q.plan,
      indicator: q.indicator,
    },
  };
}
