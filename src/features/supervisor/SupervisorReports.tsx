import { createEffect, createMemo, createSignal, For, Match, Show, Switch, type JSX } from 'solid-js';
import type { Enrollment } from '../../data/enrollmentStore.ts';
import { watchSetting } from '../../data/settings.ts';
import { useServices } from '../../app/services.ts';
import { INDICATOR_DEFINITIONS } from '../../domain/indicators/indicatorDefinitions.ts';
import type { IndicatorId } from '../../domain/indicators/indicatorId.ts';
import { periodContaining, type Period } from '../../domain/periods/period.ts';
import { periodParam } from '../../domain/periods/periodParam.ts';
import { PLAN_PRESETS } from '../../domain/plans/presets/index.ts';
import { vietnamDateKey } from '../../domain/vietnamTime.ts';
import type { ReportRequest } from '../../sync/client/reportClient.ts';
import type { FlowReportJson, OfficersReportJson, PlanReportJson, RankingReportJson, ReportJson } from '../../sync/reportWire.ts';
import { createLiveSignal } from '../../ui/createLiveSignal.ts';
import { t } from '../../ui/i18n/t.ts';
import { PeriodPicker } from '../indicators/PeriodPicker.tsx';
import { createReportQuery, type ShownReport } from './createReportQuery.ts';
import { FlowSummary } from './FlowSummary.tsx';
import { OfficerList } from './OfficerList.tsx';
import { PlanRows } from './PlanRows.tsx';
import { RankingList } from './RankingList.tsx';
import { ReportDownloads } from './ReportDownloads.tsx';
import { ReportStatus } from './ReportStatus.tsx';

/** One report card: its figures (or why there are none yet), then its downloads. */
function ReportCard<T extends ReportJson>(props: {
  id: string;
  title: string;
  query: { data: ShownReport<T> | undefined; isPending: boolean; error: Error | null };
  request: ReportRequest;
  token: string;
  /** Choices shown above the figures (they stay usable while the figures load or fail). */
  controls?: JSX.Element;
  children: (report: T) => JSX.Element;
}) {
  return (
    <section class="card" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.controls}
      <Switch>
        <Match when={props.query.data}>
          {(shown) => (
            <>
              <ReportStatus shown={shown()} />
              {props.children(shown().report)}
            </>
          )}
        </Match>
        <Match when={props.query.error}>{(error) => <p class="notice error">{t(error().message)}</p>}</Match>
        <Match when={props.query.isPending}>
          <p aria-busy="true">{t('Đang tải số liệu…')}</p>
        </Match>
      </Switch>
      <ReportDownloads request={props.request} token={props.token} />
    </section>
  );
}

/** The supervisor's reports: the unit (or a unit of the district) and the period, then each report. */
export function SupervisorReports(props: { enrollment: Enrollment }) {
  const { db } = useServices();
  const rule = createLiveSignal(() => watchSetting(db, 'periodRule'), 'calendar');
  const [period, setPeriod] = createSignal<Period | null>(null);
  const shownPeriod = createMemo(() => period() ?? periodContaining('month', vietnamDateKey(Date.now()), rule.value()));
  const [unit, setUnit] = createSignal<string>(props.enrollment.unit.id);
  const [indicator, setIndicator] = createSignal<IndicatorId>('on_time');
  const [plan, setPlan] = createSignal<string>(PLAN_PRESETS[0]?.id ?? '');
  const token = () => props.enrollment.token;
  const base = createMemo(() => ({ period: periodParam(shownPeriod()), rule: rule.value(), unit: unit() }));

  const flowRequest = createMemo((): ReportRequest => ({ kind: 'flow', ...base() }));
  const flow = createReportQuery<FlowReportJson>(db, flowRequest, token);
  // The enrolled unit's own report lists it and every unit below it: more than one is a district.
  const ownUnits = createMemo(() => (flow.data?.report.unit.id === props.enrollment.unit.id ? flow.data.report.units : null));
  const [units, setUnits] = createSignal<ReadonlyArray<{ id: string; name: string }>>([]);
  createEffect(() => {
    const list = ownUnits();
    if (list !== null) setUnits(list);
  });
  const isGroup = createMemo(() => unit() === props.enrollment.unit.id && units().length > 1);
  const rankingRequest = createMemo((): ReportRequest | null => (isGroup() ? { kind: 'ranking', ...base(), indicator: indicator() } : null));
  const ranking = createReportQuery<RankingReportJson>(db, rankingRequest, token);
  const officersRequest = createMemo((): ReportRequest | null => (flow.data !== undefined && !isGroup() ? { kind: 'officers', ...base() } : null));
  const officers = createReportQuery<OfficersReportJson>(db, officersRequest, token);
  const planRequest = createMemo((): ReportRequest => ({ kind: 'plan', ...base(), plan: plan() }));
  const planQuery = createReportQuery<PlanReportJson>(db, planRequest, token);
  const registerRequest = createMemo((): ReportRequest => ({ kind: 'register', ...base() }));

  return (
    <>
      <p class="supervisor-unit">{props.enrollment.unit.name}</p>
      <Show when={units().length > 1}>
        <label class="field">
          <span>{t('Đơn vị')}</span>
          <select value={unit()} onChange={(e) => setUnit(e.currentTarget.value)}>
            <For each={units()}>{(u) => <option value={u.id}>{u.id === props.enrollment.unit.id ? t('{unit} (tất cả đơn vị)', { unit: u.name }) : u.name}</option>}</For>
          </select>
        </label>
      </Show>
      <PeriodPicker period={shownPeriod()} rule={rule.value()} onChange={setPeriod} />

      <Show
        when={isGroup() ? rankingRequest() : null}
        fallback={
          <Show when={officersRequest()}>
            {(request) => (
              <ReportCard id="supervisor-officers" title={t('Theo cán bộ')} query={officers} request={request()} token={token()}>
                {(report: OfficersReportJson) => <OfficerList report={report} />}
              </ReportCard>
            )}
          </Show>
        }
      >
        {(request) => (
          <ReportCard
            id="supervisor-ranking"
            title={t('Xếp hạng đơn vị')}
            query={ranking}
            request={request()}
            token={token()}
            controls={
              <label class="field">
                <span>{t('Chỉ tiêu xếp hạng')}</span>
                <select value={indicator()} onChange={(e) => setIndicator(e.currentTarget.value as IndicatorId)}>
                  <For each={INDICATOR_DEFINITIONS}>{(d) => <option value={d.id}>{t(d.label)}</option>}</For>
                </select>
              </label>
            }
          >
            {(report: RankingReportJson) => <RankingList report={report} indicator={indicator()} />}
          </ReportCard>
        )}
      </Show>

      <ReportCard id="supervisor-flow" title={t('Biểu 06: tình hình giải quyết hồ sơ')} query={flow} request={flowRequest()} token={token()}>
        {(report: FlowReportJson) => <FlowSummary report={report} />}
      </ReportCard>

      <section class="card" aria-labelledby="supervisor-register">
        <h2 id="supervisor-register">{t('Sổ theo dõi hồ sơ')}</h2>
        <p>{t('Tệp tải về không kèm họ tên, địa chỉ, số điện thoại của người nộp (Nghị định 13/2023/NĐ-CP).')}</p>
        <ReportDownloads request={registerRequest()} token={token()} />
      </section>

      <ReportCard
        id="supervisor-plan"
        title={t('Báo cáo kế hoạch')}
        query={planQuery}
        request={planRequest()}
        token={token()}
        controls={
          <label class="field">
            <span>{t('Kế hoạch')}</span>
            <select value={plan()} onChange={(e) => setPlan(e.currentTarget.value)}>
              <For each={PLAN_PRESETS}>{(p) => <option value={p.id}>{p.name}</option>}</For>
            </select>
          </label>
        }
      >
        {(report: PlanReportJson) => <PlanRows report={report} />}
      </ReportCard>
    </>
  );
}
