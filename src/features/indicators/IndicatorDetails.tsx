import { createResource, For, Show } from 'solid-js';
import { CHANNEL_LABELS } from '../../domain/channel.ts';
import type { IndicatorFilter } from '../../domain/indicators/indicatorFilter.ts';
import type { IndicatorId } from '../../domain/indicators/indicatorId.ts';
import type { DayRange } from '../../domain/periods/dayRange.ts';
import { periodContaining, type Period } from '../../domain/periods/period.ts';
import type { PeriodRule } from '../../domain/periods/periodRule.ts';
import { dossiersBehind, monthlyTrend } from '../../data/indicatorDrillDown.ts';
import { readSetting } from '../../data/settings.ts';
import { navigate, pathOf } from '../../app/router.ts';
import { useServices } from '../../app/services.ts';
import { formatCount, formatDateTime } from '../../ui/format.ts';
import { t } from '../../ui/i18n/t.ts';
import { TrendChart } from './TrendChart.tsx';

/** What a row's details are computed for. */
export interface IndicatorContext {
  readonly range: DayRange;
  readonly filter: IndicatorFilter;
  readonly period: Period;
  readonly rule: PeriodRule;
}

/** A row opened: its monthly trend, then the dossiers behind the figure (✓ in the numerator). */
export function IndicatorDetails(props: { id: IndicatorId; label: string; target: number | null; context: IndicatorContext }) {
  const { db } = useServices();
  const lastMonth = () => (props.context.period.kind === 'month' ? props.context.period : periodContaining('month', props.context.range.end, props.context.rule));
  const [trend] = createResource(
    () => ({ id: props.id, month: lastMonth(), rule: props.context.rule, filter: props.context.filter }),
    (q) => monthlyTrend(db, q.id, q.month as Extract<Period, { kind: 'month' }>, q.rule, q.filter),
  );
  const [behind] = createResource(
    () => ({ id: props.id, range: props.context.range, filter: props.context.filter }),
    async (q) => dossiersBehind(db, q.id, q.range, q.filter, await readSetting(db, 'apologyRule')),
  );
  return (
    <div class="indicator-details">
      <Show when={trend()}>{(points) => <TrendChart points={points()} target={props.target} title={props.label} />}</Show>
      <Show when={behind()} fallback={<p role="status">{t('Đang tải…')}</p>}>
        {(b) => (
          <>
            <p role="status">
              {b().total > b().rows.length
                ? t('{count} hồ sơ trong mẫu số, hiển thị {shown} hồ sơ mới nhất.', { count: b().total, shown: formatCount(b().rows.length) })
                : t('{count} hồ sơ trong mẫu số.', { count: b().total })}
            </p>
            <ul class="behind-list">
              <For each={b().rows}>
                {(row) => (
                  <li>
                    <a
                      href={pathOf({ name: 'dossier', id: row.dossier.id })}
                      onClick={(e) => {
                        e.preventDefault();
                        navigate({ name: 'dossier', id: row.dossier.id });
                      }}
                    >
                      <span aria-hidden="true">{row.inNumerator ? '✓ ' : '✗ '}</span>
                      <span class="visually-hidden">{`${row.inNumerator ? t('Tính vào tử số:') : t('Không tính vào tử số:')} `}</span>
                      {row.dossier.procedure.name}
                    </a>
                    <small>
                      {t(CHANNEL_LABELS[row.dossier.channel])} · {formatDateTime(row.dossier.receivedAt)}
                    </small>
                  </li>
                )}
              </For>
            </ul>
          </>
        )}
      </Show>
    </div>
  );
}
