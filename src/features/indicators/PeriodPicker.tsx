import { For, Show } from 'solid-js';
import { nextPeriod, periodContaining, previousPeriod, type Period, type PeriodKind } from '../../domain/periods/period.ts';
import type { PeriodRule } from '../../domain/periods/periodRule.ts';
import { addCalendarDays, isDateKey, vietnamDateKey } from '../../domain/vietnamTime.ts';
import { formatPeriod } from '../../ui/formatPeriod.ts';
import { t } from '../../ui/i18n/t.ts';

const KINDS: ReadonlyArray<{ kind: PeriodKind; label: () => string }> = [
  { kind: 'day', label: () => t('Ngày') },
  { kind: 'week', label: () => t('Tuần') },
  { kind: 'month', label: () => t('Tháng') },
  { kind: 'quarter', label: () => t('Quý') },
  { kind: 'half', label: () => t('6 tháng') },
  { kind: 'year', label: () => t('Năm') },
  { kind: 'custom', label: () => t('Tùy chọn') },
];

/** Period switcher: kind, then previous / next, with the period's name in between. */
export function PeriodPicker(props: { period: Period; rule: PeriodRule; onChange: (p: Period) => void }) {
  return (
    <div class="period-picker">
      <label class="field">
        <span>{t('Kỳ')}</span>
        <select value={props.period.kind} onChange={(e) => props.onChange(periodOfKind(e.currentTarget.value as PeriodKind, props.rule))}>
          <For each={KINDS}>{(k) => <option value={k.kind}>{k.label()}</option>}</For>
        </select>
      </label>
      <Show when={props.period.kind === 'custom' ? props.period : null}>
        {(custom) => (
          <div class="row">
            <label class="field">
              <span>{t('Từ ngày')}</span>
              <input type="date" value={custom().start} onChange={(e) => isDateKey(e.currentTarget.value) && props.onChange({ ...custom(), start: e.currentTarget.value })} />
            </label>
            <label class="field">
              <span>{t('Đến ngày')}</span>
              <input type="date" value={custom().end} onChange={(e) => isDateKey(e.currentTarget.value) && props.onChange({ ...custom(), end: e.currentTarget.value })} />
            </label>
          </div>
        )}
      </Show>
      <div class="row period-steps">
        <button type="button" aria-label={t('Kỳ trước')} onClick={() => props.onChange(previousPeriod(props.period))}>
          ‹
        </button>
        <p class="period-label" aria-live="polite">
          {formatPeriod(props.period, props.rule)}
        </p>
        <button type="button" aria-label={t('Kỳ sau')} onClick={() => props.onChange(nextPeriod(props.period))}>
          ›
        </button>
      </div>
    </div>
  );
}

/** The period of a kind containing today; "custom" starts as the last 30 days. */
function periodOfKind(kind: PeriodKind, rule: PeriodRule): Period {
  const today = vietnamDateKey(Date.now());
  return kind === 'custom' ? { kind, start: addCalendarDays(today, -29), end: today } : periodContaining(kind, today, rule);
}
