import { createMemo, createSignal, Show } from 'solid-js';
import type { Dossier } from '../../domain/dossier.ts';
import { rangeUpTo, type DayRange } from '../../domain/periods/dayRange.ts';
import type { Period } from '../../domain/periods/period.ts';
import { lastInstantOf } from '../../domain/reports/flowReport.ts';
import { flowTable } from '../../domain/reports/flowTable.ts';
import { planReport, planTable } from '../../domain/reports/planReport.ts';
import { registerTable } from '../../domain/reports/registerTable.ts';
import { NO_INDICATOR_DATA } from '../../domain/indicators/computeIndicators.ts';
import type { PlanRowValue } from '../../domain/plans/planRowValue.ts';
import { vietnamDateKey } from '../../domain/vietnamTime.ts';
import { watchIndicatorValues } from '../../data/indicatorQueries.ts';
import { live } from '../../data/liveValue.ts';
import { watchManualValues } from '../../data/manualEntryStore.ts';
import { watchActivePlan } from '../../data/planStore.ts';
import { fieldRestrictedValues, fieldsKey, flowForPeriod, registerEntries, type FlowForPeriod } from '../../data/reportQueries.ts';
import { navigate, pathOf } from '../../app/router.ts';
import { useServices } from '../../app/services.ts';
import { createLiveSignal } from '../../ui/createLiveSignal.ts';
import { t } from '../../ui/i18n/t.ts';
import { FlowCheck } from './FlowCheck.tsx';
import { ReportActions } from './ReportActions.tsx';
import { ReportTable } from './ReportTable.tsx';

/** What every report view is given: the period, its days and Vietnamese name, the unit, the rules. */
export interface ReportContext {
  readonly period: Period;
  readonly range: DayRange;
  /** The period's name on the printed form (always Vietnamese: "Tháng 10/2026"). */
  readonly periodLabel: string;
  readonly unitName: string;
  readonly apologyRule: 'judge_by_due_date' | 'judge_by_new_date';
}

/** Register lines drawn on screen at first: a year of a large unit would be far too many for a phone. */
const SCREEN_ROW_LIMIT = 1_000;

/** The last instant of a range: what dossiers still open are judged at. */

function Reading() {
  return <p role="status">{t('Đang đọc số liệu trên máy…')}</p>;
}

function ReadError() {
  return (
    <p class="notice error" role="alert">
      {t('Không đọc được số liệu trên máy. Hãy tải lại ứng dụng.')}
    </p>
  );
}

/** Sổ theo dõi hồ sơ (Mẫu 07) of the period. */
export function RegisterReport(props: { context: ReportContext; includePersonal: boolean }) {
  const { db } = useServices();
  const [showAll, setShowAll] = createSignal(false);
  const entries = createMemo(() => {
    const range = props.context.range;
    return createLiveSignal(() => live(() => registerEntries(db, range)), null as Dossier[] | null);
  });
  const table = createMemo(() => {
    const list = entries().value();
    if (list === null) return null;
    const now = new Date().toISOString();
    const end = lastInstantOf(props.context.range);
    return registerTable(list, {
      unitName: props.context.unitName,
      periodLabel: props.context.periodLabel,
      includePersonal: props.includePersonal,
      asOf: now < end ? now : end,
      apologyRule: props.context.apologyRule,
    });
  });
  return (
    <>
      <ReportActions table={table()} period={props.context.period} beforePrint={() => setShowAll(true)} />
      <Show when={entries().error() === null} fallback={<ReadError />}>
        <Show when={table()} fallback={<Reading />}>
          {(shown) => (
            <>
              <Show when={!showAll() && shown().rows.length > SCREEN_ROW_LIMIT}>
                <div class="notice no-print">
                  <p>{t('Màn hình hiện {shown} / {count} dòng đầu; tệp CSV, Excel có đủ.', { shown: SCREEN_ROW_LIMIT, count: shown().rows.length })}</p>
                  <button type="button" onClick={() => setShowAll(true)}>
                    {t('Hiện đủ {count} dòng (để in)', { count: shown().rows.length })}
                  </button>
                </div>
              </Show>
              <ReportTable table={shown()} caption={t('Sổ theo dõi hồ sơ')} emptyText={t('Không có hồ sơ tiếp nhận trong kỳ này.')} rowLimit={showAll() ? undefined : SCREEN_ROW_LIMIT} />
            </>
          )}
        </Show>
      </Show>
    </>
  );
}

/** Biểu 06/VPCP/KSTT of the period, with its reconciliation. */
export function FlowReportView(props: { context: ReportContext }) {
  const { db } = useServices();
  const flow = createMemo(() => {
    const asOf = rangeUpTo(props.context.range, vietnamDateKey(Date.now()));
    const rule = props.context.apologyRule;
    return createLiveSignal(() => live(() => flowForPeriod(db, asOf, rule)), null as FlowForPeriod | null);
  });
  const computed = createMemo(() => {
    const read = flow().value();
    return read === null ? null : { ...read, table: flowTable(read.report, { unitName: props.context.unitName, periodLabel: props.context.periodLabel }) };
  });
  return (
    <>
      <Show when={computed()}>{(c) => <FlowCheck report={c().report} reconciliation={c().reconciliation} problems={c().problems} />}</Show>
      <ReportActions table={computed()?.table ?? null} period={props.context.period} />
      <Show when={flow().error() === null} fallback={<ReadError />}>
        <Show when={computed()} fallback={<Reading />}>
          {(c) => <ReportTable table={c().table} caption={t('Biểu 06: tình hình, kết quả giải quyết thủ tục hành chính')} emptyText={t('Không có hồ sơ trong kỳ này.')} />}
        </Show>
      </Show>
    </>
  );
}

/** The chosen plan's annex (Phụ lục) for the period: each row met or not. */
export function PlanReportView(props: { context: ReportContext }) {
  const { db } = useServices();
  const plan = createLiveSignal(() => watchActivePlan(db), null);
  const values = createMemo(() => {
    const range = props.context.range;
    return createLiveSignal(() => watchIndicatorValues(db, range), NO_INDICATOR_DATA);
  });
  const manual = createMemo(() => {
    const chosen = plan.value();
    const period = props.context.period;
    return chosen ? createLiveSignal(() => watchManualValues(db, chosen.id, period), new Map<string, PlanRowValue>()) : null;
  });
  const restricted = createMemo(() => {
    const chosen = plan.value();
    const range = props.context.range;
    return chosen ? createLiveSignal(() => live(() => fieldRestrictedValues(db, range, chosen)), null) : null;
  });
  const rows = createMemo(() => {
    const chosen = plan.value();
    if (chosen === null) return null;
    const byFields = restricted()?.value() ?? null;
    return planReport(chosen, values().value(), manual()?.value() ?? new Map(), (fields) => byFields?.get(fieldsKey(fields)));
  });
  const table = createMemo(() => {
    const chosen = plan.value();
    const list = rows();
    return chosen && list ? planTable(list, { unitName: props.context.unitName, periodLabel: props.context.periodLabel, planName: chosen.name }) : null;
  });
  const count = (status: 'met' | 'not_met' | 'no_data') => rows()?.filter((r) => r.status === status).length ?? 0;
  return (
    <Show
      when={plan.value()}
      fallback={
        <p class="notice">
          {t('Chưa chọn kế hoạch.')}{' '}
          <a href={pathOf({ name: 'indicators' })} onClick={(e) => (e.preventDefault(), navigate('indicators'))}>
            {t('Chọn kế hoạch ở màn hình Chỉ tiêu')}
          </a>
        </p>
      }
    >
      <p class="notice plan-summary no-print" role="status">
        {t('Đạt {met} / {total} chỉ tiêu · Không đạt {notMet} · Chưa có số liệu {noData}', { met: count('met'), total: rows()?.length ?? 0, notMet: count('not_met'), noData: count('no_data') })}
      </p>
      <ReportActions table={table()} period={props.context.period} />
      <Show when={table()} fallback={<Reading />}>
        {(shown) => <ReportTable table={shown()} caption={t('Báo cáo kết quả thực hiện chỉ tiêu')} emptyText={t('Kế hoạch chưa có chỉ tiêu nào.')} />}
      </Show>
    </Show>
  );
}
