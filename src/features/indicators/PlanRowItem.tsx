import { createSignal, Show } from 'solid-js';
import { evaluatePlanRow } from '../../domain/plans/evaluatePlanRow.ts';
import type { PlanTargetRow } from '../../domain/plans/planSchema.ts';
import type { PlanRowValue } from '../../domain/plans/planRowValue.ts';
import { measuredPercent } from '../../domain/reports/planReport.ts';
import { formatCount, formatPercent } from '../../ui/format.ts';
import { t } from '../../ui/i18n/t.ts';
import { IndicatorDetails, type IndicatorContext } from './IndicatorDetails.tsx';
import { ManualRowInput } from './ManualRowInput.tsx';
import { formatPlanTarget } from './planTarget.ts';
import { ROW_STATUS } from './rowStatus.ts';

/** One plan row: value, target, a bar with the target marker, the status in words and icon. */
export function PlanRowItem(props: { row: PlanTargetRow; value: PlanRowValue | undefined; onSaveManual: (value: PlanRowValue | null) => Promise<void>; context?: IndicatorContext }) {
  const [editing, setEditing] = createSignal(false);
  const [open, setOpen] = createSignal(false);
  const evaluation = () => evaluatePlanRow(props.row, props.value);
  const status = () => ROW_STATUS[evaluation().status];
  const isManual = () => props.row.source.kind === 'manual';
  const targetPercent = () => (props.row.target.kind === 'percent' ? props.row.target.value : null);
  const measured = () => measuredPercent(props.value);
  const counts = () => {
    const v = props.value;
    return v !== undefined && 'numerator' in v ? `${formatCount(v.numerator)}/${formatCount(v.denominator)}` : null;
  };

  return (
    <li class={`plan-row ${status().className}`}>
      <p class="plan-row-label">
        <Show when={props.row.code}>
          <span class="plan-row-code">{props.row.code}. </span>
        </Show>
        {props.row.label}
      </p>
      <div class="plan-row-figures">
        <span class="plan-row-value">
          <Show when={measured() !== null} fallback={props.value && 'text' in props.value ? props.value.text : '—'}>
            {formatPercent(measured() ?? 0)}
          </Show>
          <Show when={counts()}>{(c) => <small> ({c()})</small>}</Show>
        </span>
        <span class="plan-row-target">{t('Chỉ tiêu: {target}', { target: formatPlanTarget(props.row.target) })}</span>
      </div>
      <Show when={targetPercent() !== null}>
        <div class="bar" aria-hidden="true">
          <div class="bar-fill" style={{ width: `${Math.min(100, measured() ?? 0)}%` }} />
          <div class="bar-target" style={{ left: `${targetPercent()}%` }} />
        </div>
      </Show>
      <p class="plan-row-status">
        <span aria-hidden="true">{status().icon} </span>
        {status().text()}
        <Show when={evaluation().status === 'not_met' && evaluation().gap !== null && evaluation().gap! > 0}>
          {` — ${t('còn thiếu {gap} điểm %', { gap: formatPercent(evaluation().gap!).replace('%', '') })}`}
        </Show>
        <Show when={evaluation().floorBreached}>{` — ${t('dưới mức tối thiểu')}`}</Show>
      </p>
      <Show when={props.row.bodyNote}>{(note) => <p class="plan-row-note">{t('Phần nội dung kế hoạch ghi: {note}', { note: note() })}</p>}</Show>
      <Show when={props.row.source.kind === 'indicator' && props.context ? { id: props.row.source.indicatorId, context: props.context } : null}>
        {(drill) => (
          <>
            <button type="button" class="link-button" aria-expanded={open()} aria-label={open() ? t('Ẩn chi tiết: {row}', { row: props.row.label }) : t('Xem chi tiết: {row}', { row: props.row.label })} onClick={() => setOpen(!open())}>
              {open() ? t('Ẩn chi tiết') : t('Xem hồ sơ và xu hướng')}
            </button>
            <Show when={open()}>
              <IndicatorDetails id={drill().id} label={props.row.label} target={targetPercent()} context={drill().context} />
            </Show>
          </>
        )}
      </Show>
      <Show when={isManual()}>
        <Show
          when={editing()}
          fallback={
            <button type="button" class="link-button" onClick={() => setEditing(true)} aria-label={t('Nhập số liệu: {row}', { row: props.row.label })}>
              {t('Nhập số liệu')}
            </button>
          }
        >
          <ManualRowInput
            row={props.row}
            value={props.value}
            onSave={async (value) => {
              await props.onSaveManual(value);
              setEditing(false);
            }}
          />
        </Show>
      </Show>
    </li>
  );
}
