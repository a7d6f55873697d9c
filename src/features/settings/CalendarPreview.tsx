import { For, Show } from 'solid-js';
import type { CalendarMove } from '../../data/calendarChange.ts';
import { vietnamDateKey } from '../../domain/vietnamTime.ts';
import { t } from '../../ui/i18n/t.ts';
import { withElements } from '../../ui/i18n/withElements.tsx';
import { formatShortDay } from './shortDate.ts';

function MoveItem(props: { move: CalendarMove }) {
  const before = () => props.move.before;
  const after = () => props.move.after;
  const appointmentMoves = () => before().appointmentDate !== after().appointmentDate;
  return (
    <li class="move">
      <p class="move-title">{before().procedure.name}</p>
      <p class="move-meta">
        {t('Nhận {day}', { day: formatShortDay(vietnamDateKey(before().receivedAt)) })} ·{' '}
        <Show
          when={appointmentMoves()}
          fallback={
            <>
              {withElements(t('hạn giải quyết {before} → {after} (ngày hẹn theo văn bản xin lỗi giữ nguyên)', { before: formatShortDay(before().dueDate) }), {
                after: <strong>{formatShortDay(after().dueDate)}</strong>,
              })}
            </>
          }
        >
          {withElements(t('hẹn {before} → {after}', { before: formatShortDay(before().appointmentDate) }), {
            after: <strong>{formatShortDay(after().appointmentDate)}</strong>,
          })}
        </Show>
      </p>
    </li>
  );
}

/**
 * What a staged calendar edit would do to the dossiers in progress, with "Áp dụng" and
 * "Hủy". `moves` is null while it is being worked out.
 */
export function CalendarPreview(props: {
  moves: readonly CalendarMove[] | null;
  unchanged: boolean;
  applying: boolean;
  onApply: () => void;
  onCancel: () => void;
}) {
  return (
    <section class="preview" aria-labelledby="calendar-preview-title">
      <h3 id="calendar-preview-title">{t('Thay đổi chưa lưu')}</h3>
      <div role="status">
        <Show when={!props.unchanged} fallback={<p>{t('Lịch giống lịch đã lưu: không có gì để áp dụng.')}</p>}>
          <Show when={props.moves} fallback={<p>{t('Đang tính ngày hẹn của hồ sơ…')}</p>}>
            {(moves) => (
              <p>
                <Show when={moves().length > 0} fallback={t('Không hồ sơ đang giải quyết nào đổi ngày hẹn.')}>
                  <strong>{t('{count} hồ sơ đang giải quyết sẽ đổi ngày hẹn', { count: moves().length })}</strong>
                </Show>
              </p>
            )}
          </Show>
        </Show>
      </div>
      <Show when={!props.unchanged && (props.moves?.length ?? 0) > 0}>
        <ul class="moves" aria-label={t('Hồ sơ đổi ngày hẹn')}>
          <For each={props.moves ?? []}>{(move) => <MoveItem move={move} />}</For>
        </ul>
      </Show>
      <p class="field-hint">{t('Lịch chỉ được lưu khi bạn bấm «Áp dụng».')}</p>
      <div class="row">
        <button type="button" onClick={() => props.onCancel()}>
          {t('Hủy')}
        </button>
        <button type="button" class="primary" disabled={props.applying || props.unchanged || props.moves === null} onClick={() => props.onApply()}>
          {t('Áp dụng')}
        </button>
      </div>
    </section>
  );
}
