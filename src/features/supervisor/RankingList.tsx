import { For } from 'solid-js';
import type { IndicatorId } from '../../domain/indicators/indicatorId.ts';
import type { RankingReportJson } from '../../sync/reportWire.ts';
import { formatCount, formatPercent } from '../../ui/format.ts';
import { t } from '../../ui/i18n/t.ts';

/** The units of a district from best to worst on one indicator; units without data last. */
export function RankingList(props: { report: RankingReportJson; indicator: IndicatorId }) {
  const ranked = () => props.report.rankings[props.indicator] ?? [];
  return (
    <ol class="ranking-list">
      <For each={ranked()}>
        {(unit) => (
          <li>
            <span class="rank">{unit.rank === null ? '–' : formatCount(unit.rank)}</span>
            <span class="unit-name">{unit.unitName}</span>
            <span class="figure">
              {unit.percent === null
                ? t('Chưa có dữ liệu')
                : `${formatPercent(unit.percent)} (${formatCount(unit.numerator)}/${formatCount(unit.denominator)})`}
            </span>
          </li>
        )}
      </For>
    </ol>
  );
}
