import { createMemo, createSignal, For, Match, Show, Switch } from 'solid-js';
import { periodContaining, periodLabel, periodRange, type Period } from '../../domain/periods/period.ts';
import { vietnamDateKey } from '../../domain/vietnamTime.ts';
import { watchSetting } from '../../data/settings.ts';
import { navigate, pathOf } from '../../app/router.ts';
import { useServices } from '../../app/services.ts';
import { createLiveSignal } from '../../ui/createLiveSignal.ts';
import { t } from '../../ui/i18n/t.ts';
import { PeriodPicker } from '../indicators/PeriodPicker.tsx';
import { FlowReportView, PlanReportView, RegisterReport, type ReportContext } from './reportViews.tsx';
import './reports.css';

type ReportKind = 'register' | 'flow' | 'plan';

const KINDS: ReadonlyArray<{ kind: ReportKind; label: () => string; hint: () => string }> = [
  { kind: 'register', label: () => t('Sổ theo dõi hồ sơ'), hint: () => t('Mẫu 07, Thông tư 03/2025/TT-VPCP') },
  { kind: 'flow', label: () => t('Biểu 06'), hint: () => t('Tình hình, kết quả giải quyết TTHC theo lĩnh vực') },
  { kind: 'plan', label: () => t('Báo cáo kế hoạch'), hint: () => t('Phụ lục chỉ tiêu của kế hoạch đã chọn') },
];

/** Printed when the unit has no name yet: a line to write it on by hand, as on paper forms. */
const NO_UNIT_NAME = '……………………………';

/**
 * "Báo cáo": the register (Mẫu 07), Biểu 06 and the plan report for a period, on screen,
 * printed (A4 landscape) or saved as CSV / Excel; read from the phone only, offline.
 */
export function ReportsScreen() {
  const { db } = useServices();
  const rule = createLiveSignal(() => watchSetting(db, 'periodRule'), 'calendar');
  const apologyRule = createLiveSignal(() => watchSetting(db, 'apologyRule'), 'judge_by_due_date');
  const unitName = createLiveSignal(() => watchSetting(db, 'unitName'), null);
  const [kind, setKind] = createSignal<ReportKind>('register');
  const [period, setPeriod] = createSignal<Period | null>(null);
  const [includePersonal, setIncludePersonal] = createSignal(false);
  const shownPeriod = createMemo(() => period() ?? periodContaining('month', vietnamDateKey(Date.now()), rule.value()));
  const context = createMemo(
    (): ReportContext => ({
      period: shownPeriod(),
      range: periodRange(shownPeriod(), rule.value()),
      periodLabel: periodLabel(shownPeriod(), rule.value()),
      unitName: unitName.value() ?? NO_UNIT_NAME,
      apologyRule: apologyRule.value(),
    }),
  );

  return (
    <div class="screen reports">
      <h1 class="no-print">{t('Báo cáo')}</h1>
      <div class="no-print">
        <fieldset class="choices">
          <legend>{t('Loại báo cáo')}</legend>
          <For each={KINDS}>
            {(k) => (
              <label class="choice">
                <input type="radio" name="report-kind" value={k.kind} checked={kind() === k.kind} onChange={() => setKind(k.kind)} />
                <span>
                  {k.label()}
                  <small>{k.hint()}</small>
                </span>
              </label>
            )}
          </For>
        </fieldset>
        <PeriodPicker period={shownPeriod()} rule={rule.value()} onChange={setPeriod} />
        <Show when={kind() === 'register'}>
          <label class="toggle">
            <input type="checkbox" checked={includePersonal()} onChange={(e) => setIncludePersonal(e.currentTarget.checked)} />
            <span>{t('Kèm thông tin cá nhân (họ tên, địa chỉ, điện thoại)')}</span>
          </label>
          <p class="report-hint">{t('Chỉ in hoặc tải kèm thông tin cá nhân khi thật cần (Nghị định 13/2023/NĐ-CP).')}</p>
        </Show>
        <Show when={unitName.value() === null}>
          <p class="notice">
            {t('Chưa đặt tên đơn vị: báo cáo để trống dòng tên đơn vị.')}{' '}
            <a href={pathOf({ name: 'settings' })} onClick={(e) => (e.preventDefault(), navigate('settings'))}>
              {t('Đặt tên trong Cài đặt')}
            </a>
          </p>
        </Show>
      </div>
      <Switch>
        <Match when={kind() === 'register'}>
          <RegisterReport context={context()} includePersonal={includePersonal()} />
        </Match>
        <Match when={kind() === 'flow'}>
          <FlowReportView context={context()} />
        </Match>
        <Match when={kind() === 'plan'}>
          <PlanReportView context={context()} />
        </Match>
      </Switch>
    </div>
  );
}
