import { createEffect, createMemo, createSignal, For, Match, Show, Switch } from 'solid-js';
import './indicators.css';
import { CHANNEL_LABELS, CHANNELS, type Channel } from '../../domain/channel.ts';
import { estimate766 } from '../../domain/index766/estimate766.ts';
import { NO_INDICATOR_DATA as NO_DATA } from '../../domain/indicators/computeIndicators.ts';
import { INDICATOR_DEFINITIONS } from '../../domain/indicators/indicatorDefinitions.ts';
import type { IndicatorFilter } from '../../domain/indicators/indicatorFilter.ts';
import { periodContaining, periodRange, type Period } from '../../domain/periods/period.ts';
import type { Plan, PlanTargetRow } from '../../domain/plans/planSchema.ts';
import type { PlanRowValue } from '../../domain/plans/planRowValue.ts';
import { vietnamDateKey } from '../../domain/vietnamTime.ts';
import { dimensionsIn, watchIndicatorValues } from '../../data/indicatorQueries.ts';
import { setManualValue, watchManualValues } from '../../data/manualEntryStore.ts';
import { watchActivePlan, watchPlans } from '../../data/planStore.ts';
import { watchSetting } from '../../data/settings.ts';
import { useServices } from '../../app/services.ts';
import { createLiveSignal } from '../../ui/createLiveSignal.ts';
import { formatRatioPercent, formatCount } from '../../ui/format.ts';
import { t } from '../../ui/i18n/t.ts';
import { Estimate766Card } from './Estimate766Card.tsx';
import { PeriodPicker } from './PeriodPicker.tsx';
import { PlanEditor } from './PlanEditor.tsx';
import { PlanPicker } from './PlanPicker.tsx';
import { FieldFilteredRow } from './FieldFilteredRow.tsx';
import type { IndicatorContext } from './IndicatorDetails.tsx';
import { PlanRowItem } from './PlanRowItem.tsx';
import { SupervisorLink } from '../supervisor/SupervisorLink.tsx';
import { ReportsLink } from '../reports/ReportsLink.tsx';

/** "Chỉ tiêu": the chosen plan's rows for a period, each met / not met / no data, and the 766 estimate. */
export function IndicatorsScreen() {
  const { db } = useServices();
  const rule = createLiveSignal(() => watchSetting(db, 'periodRule'), 'calendar');
  const [period, setPeriod] = createSignal<Period | null>(null);
  const shownPeriod = createMemo(() => period() ?? periodContaining('month', vietnamDateKey(Date.now()), rule.value()));
  const range = createMemo(() => periodRange(shownPeriod(), rule.value()));
  const [field, setField] = createSignal('');
  const [officer, setOfficer] = createSignal('');
  const [channel, setChannel] = createSignal<Channel | ''>('');
  const filter = createMemo(
    (): IndicatorFilter => ({
      ...(field() ? { fields: [field()] } : {}),
      ...(officer() ? { officerIds: [officer()] } : {}),
      ...(channel() ? { channels: [channel() as Channel] } : {}),
    }),
  );
  const values = createMemo(() => createLiveSignal(() => watchIndicatorValues(db, range(), filter()), NO_DATA));
  const plans = createLiveSignal(() => watchPlans(db), { presets: [], own: [] });
  const active = createLiveSignal(() => watchActivePlan(db), null);
  const manual = createMemo(() => {
    const plan = active.value();
    return plan ? createLiveSignal(() => watchManualValues(db, plan.id, shownPeriod()), new Map<string, PlanRowValue>()) : null;
  });
  const [dimensions, setDimensions] = createSignal<{ fields: string[]; officers: string[] }>({ fields: [], officers: [] });
  const [editing, setEditing] = createSignal<Plan | null>(null);
  createEffect(() => void dimensionsIn(db, range()).then(setDimensions));

  const context = createMemo((): IndicatorContext => ({ range: range(), filter: filter(), period: shownPeriod(), rule: rule.value() }));
  const rowValue = (row: PlanTargetRow): PlanRowValue | undefined =>
    row.source.kind === 'manual' ? manual()?.value().get(row.id) : values().value()[row.source.indicatorId];

  return (
    <div class="screen">
      <h1>{t('Chỉ tiêu')}</h1>
      <SupervisorLink />
      <ReportsLink />
      <PeriodPicker period={shownPeriod()} rule={rule.value()} onChange={setPeriod} />
      <div class="row wrap filters">
        <label class="field">
          <span>{t('Lĩnh vực')}</span>
          <select value={field()} onChange={(e) => setField(e.currentTarget.value)}>
            <option value="">{t('Tất cả lĩnh vực')}</option>
            <For each={dimensions().fields}>{(f) => <option value={f}>{f}</option>}</For>
          </select>
        </label>
        <label class="field">
          <span>{t('Cán bộ')}</span>
          <select value={officer()} onChange={(e) => setOfficer(e.currentTarget.value)}>
            <option value="">{t('Tất cả cán bộ')}</option>
            <For each={dimensions().officers}>{(o) => <option value={o}>{o}</option>}</For>
          </select>
        </label>
        <label class="field">
          <span>{t('Hình thức nộp')}</span>
          <select value={channel()} onChange={(e) => setChannel(e.currentTarget.value as Channel | '')}>
            <option value="">{t('Tất cả hình thức')}</option>
            <For each={CHANNELS}>{(c) => <option value={c}>{t(CHANNEL_LABELS[c])}</option>}</For>
          </select>
        </label>
      </div>
      <Show when={editing()} fallback={<PlanPicker presets={plans.value().presets} own={plans.value().own} active={active.value()} onEdit={setEditing} />}>
        {(plan) => <PlanEditor plan={plan()} onClose={() => setEditing(null)} />}
      </Show>
      <Switch>
        <Match when={active.value()}>
          {(plan) => (
            <section class="card" aria-labelledby="plan-rows-title">
              <h2 id="plan-rows-title">{plan().name}</h2>
              <For each={plan().sections}>
                {(section) => (
                  <>
                    <Show when={section.title}>
                      <h3 class="plan-section">{section.code ? `${section.code}. ${section.title}` : section.title}</h3>
                    </Show>
                    <ul class="plan-rows">
                      <For each={section.rows}>
                        {(row) =>
                          row.kind === 'heading' ? (
                            <li class="plan-heading">{row.code ? `${row.code}. ${row.label}` : row.label}</li>
                          ) : row.source.kind === 'indicator' && row.source.filter?.fields ? (
                            <FieldFilteredRow row={row} range={range()} filter={{ ...filter(), fields: row.source.filter.fields }} context={context()} />
                          ) : (
                            <PlanRowItem row={row} value={rowValue(row)} onSaveManual={(value) => setManualValue(db, plan().id, row.id, shownPeriod(), value)} context={context()} />
                          )
                        }
                      </For>
                    </ul>
                  </>
                )}
              </For>
            </section>
          )}
        </Match>
        <Match when={true}>
          <p class="notice">{t('Chưa chọn kế hoạch. Dưới đây là tất cả chỉ số tính từ hồ sơ trong kỳ.')}</p>
        </Match>
      </Switch>
      <section class="card" aria-labelledby="all-indicators-title">
        <h2 id="all-indicators-title">{t('Tất cả chỉ số trong kỳ')}</h2>
        <dl class="indicator-list">
          <For each={INDICATOR_DEFINITIONS}>
            {(d) => (
              <div>
                <dt>{t(d.label)}</dt>
                <dd>
                  {formatRatioPercent(values().value()[d.id])}{' '}
                  <small>
                    ({formatCount(values().value()[d.id].numerator)}/{formatCount(values().value()[d.id].denominator)})
                  </small>
                </dd>
              </div>
            )}
          </For>
        </dl>
      </section>
      <Estimate766Card estimate={estimate766(values().value())} />
    </div>
  );
}
