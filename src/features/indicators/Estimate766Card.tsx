import { For, Show } from 'solid-js';
import type { Estimate766 } from '../../domain/index766/estimate766.ts';
import { formatNumber } from '../../ui/format.ts';
import { t } from '../../ui/i18n/t.ts';
import { withElements } from '../../ui/i18n/withElements.tsx';

/** The Decision 766 estimate as a range, with what it cannot know said plainly. */
export function Estimate766Card(props: { estimate: Estimate766 }) {
  const range = (min: number, max: number) => (Math.abs(max - min) < 0.05 ? formatNumber(min, 1) : `${formatNumber(min, 1)}–${formatNumber(max, 1)}`);
  return (
    <section class="card" aria-labelledby="estimate766-title">
      <h2 id="estimate766-title">{t('Ước tính điểm Bộ chỉ số 766')}</h2>
      <p class="notice">
        {withElements(
          t('Đây là {estimate} từ hồ sơ trên máy, không phải điểm chính thức trên Cổng Dịch vụ công quốc gia. Phần không tính được từ hồ sơ được để dạng khoảng.'),
          { estimate: <strong>{t('ước tính')}</strong> },
        )}
      </p>
      <p class="estimate-total">
        {range(props.estimate.min, props.estimate.max)} <small>{t('/ 100 điểm')}</small>
      </p>
      <ul class="estimate-groups">
        <For each={props.estimate.groups}>
          {(g) => (
            <li>
              <span>{t(g.label)}</span>
              <span>
                {range(g.min, g.max)} / {g.points}
              </span>
              <Show when={g.parts.some((p) => p.missing !== null)}>
                <small>
                  {g.parts
                    .filter((p) => p.missing !== null)
                    .map((p) => `${t(p.label)} (${p.missing === 'unknown' ? t('không tính được từ hồ sơ') : t('chưa có dữ liệu trong kỳ')})`)
                    .join('; ')}
                </small>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
