import { For } from 'solid-js';
import { nextPeriod, periodContaining, periodLabel, previousPeriod, type Period, type PeriodKind } from '../../domain/periods/period.ts';
import type { PeriodRule } from '../../domain/periods/periodRule.ts';
import { vietnamDateKey } from '../../domain/vietnamTime.ts';

const KINDS: ReadonlyArray<{ kind: Exclude<PeriodKind, 'custom'>; label: string }> = [
  { kind: 'day', label: 'Ngày' },
  { kind: 'week', label: 'Tuần' },
  { kind: 'month', label: 'Tháng' },
  { kind: 'quarter', label: 'Quý' },
  { kind: 'half', label: '6 tháng' },
  { kind: 'year', label: 'Năm' },
];

/** Period switcher: kind, then previous / next, with the period's name in between. */
export function PeriodPicker(props: { period: Period; rule: PeriodRule; onChange: (p: Period) => void }) {
  return (
    <div class="period-picker">
      <label class="field">
        <span>Kỳ</span>
        <select
          value={props.period.kind}
          onChange={(e) => props.onChange(periodContaining(e.currentTarget.value as Exclude<PeriodKind, 'custom'>, vietnamDateKey(Date.now()), props.rule))}
        >
          <For each={KINDS}>{(k) => <option value={k.kind}>{k.label}</option>}</For>
        </select>
      </label>
      <div class="row period-steps">
        <button type="button" aria-label="Kỳ trước" onClick={() => props.onChange(previousPeriod(props.period))}>
          ‹
        </button>
        <p class="period-label" aria-live="polite">
          {periodLabel(props.period, props.rule)}
        </p>
        <button type="button" aria-label="Kỳ sau" onClick={() => props.onChange(nextPeriod(props.period))}>
          ›
        </button>
      </div>
    </div>
  );
}
