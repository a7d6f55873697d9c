import { For, Show } from 'solid-js';
import type { Estimate766 } from '../../domain/index766/estimate766.ts';

const points = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** The Decision 766 estimate as a range, with what it cannot know said plainly. */
export function Estimate766Card(props: { estimate: Estimate766 }) {
  const range = (min: number, max: number) => (Math.abs(max - min) < 0.05 ? points.format(min) : `${points.format(min)}–${points.format(max)}`);
  return (
    <section class="card" aria-labelledby="estimate766-title">
      <h2 id="estimate766-title">Ước tính điểm Bộ chỉ số 766</h2>
      <p class="notice">
        Đây là <strong>ước tính</strong> từ hồ sơ trên máy, không phải điểm chính thức trên Cổng Dịch vụ công quốc gia. Phần không tính được từ hồ sơ được để dạng
        khoảng.
      </p>
      <p class="estimate-total">
        {range(props.estimate.min, props.estimate.max)} <small>/ 100 điểm</small>
      </p>
      <ul class="estimate-groups">
        <For each={props.estimate.groups}>
          {(g) => (
            <li>
              <span>{g.label}</span>
              <span>
                {range(g.min, g.max)} / {g.points}
              </span>
              <Show when={g.parts.some((p) => p.missing !== null)}>
                <small>
                  {g.parts
                    .filter((p) => p.missing !== null)
                    .map((p) => `${p.label} (${p.missing === 'unknown' ? 'không tính được từ hồ sơ' : 'chưa có dữ liệu trong kỳ'})`)
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
