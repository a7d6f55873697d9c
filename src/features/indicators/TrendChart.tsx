import { For } from 'solid-js';
import { percentOf } from '../../domain/ratio.ts';
import type { TrendPoint } from '../../data/indicatorDrillDown.ts';
import { formatPercent } from '../../ui/format.ts';
import { t } from '../../ui/i18n/t.ts';

const WIDTH = 320;
const HEIGHT = 120;
const PAD = { left: 28, right: 6, top: 8, bottom: 18 };

/** Month-by-month values as an inline SVG line with the target as a dashed line (no chart library). */
export function TrendChart(props: { points: readonly TrendPoint[]; target: number | null; title: string }) {
  const x = (i: number) => PAD.left + (i * (WIDTH - PAD.left - PAD.right)) / Math.max(1, props.points.length - 1);
  const y = (p: number) => PAD.top + ((100 - p) * (HEIGHT - PAD.top - PAD.bottom)) / 100;
  const values = () => props.points.map((p) => percentOf(p.ratio));
  const path = () =>
    values()
      .map((v, i) => (v === null ? null : `${x(i).toFixed(1)},${y(v).toFixed(1)}`))
      .filter((p): p is string => p !== null)
      .join(' ');
  const description = () => props.points.map((p, i) => `${p.label}: ${values()[i] === null ? t('chưa có dữ liệu') : formatPercent(values()[i]!)}`).join('; ');
  return (
    <figure class="trend">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`${props.title}. ${description()}`}>
        <For each={[0, 50, 100]}>
          {(tick) => (
            <>
              <line class="trend-grid" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} />
              <text class="trend-axis" x={PAD.left - 4} y={y(tick) + 4} text-anchor="end">
                {tick}
              </text>
            </>
          )}
        </For>
        {props.target !== null && <line class="trend-target" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(props.target)} y2={y(props.target)} />}
        <polyline class="trend-line" points={path()} />
        <For each={values()}>{(v, i) => (v === null ? null : <circle class="trend-dot" cx={x(i())} cy={y(v)} r="3" />)}</For>
        <For each={props.points}>
          {(p, i) =>
            i() % 3 === props.points.length % 3 ? (
              <text class="trend-axis" x={x(i())} y={HEIGHT - 4} text-anchor="middle">
                {p.label.split('/')[0]}
              </text>
            ) : null
          }
        </For>
      </svg>
      <figcaption>{props.target !== null ? t('Theo tháng, 12 tháng gần nhất; đường gạch: chỉ tiêu') : t('Theo tháng, 12 tháng gần nhất')}</figcaption>
    </figure>
  );
}
