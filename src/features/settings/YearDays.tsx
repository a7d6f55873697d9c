import { createMemo, For, Show } from 'solid-js';
import { yearDefaults, type CalendarOverrides, type VietnamWorkingCalendar } from '../../domain/calendar/index.ts';
import { formatDay } from '../../ui/format.ts';

/**
 * One year of the calendar being edited: its named days off (with a badge when the date is
 * still to be checked), the weekend days worked, and the default holidays the user removed.
 */
export function YearDays(props: {
  year: number;
  calendar: VietnamWorkingCalendar;
  overrides: CalendarOverrides;
  disabled: boolean;
  onRemoveDayOff: (day: string) => void;
  onRestoreDayOff: (day: string) => void;
  onRemoveWorkingDay: (day: string) => void;
}) {
  const inYear = (day: string) => day.startsWith(`${props.year}-`);
  const userDaysOff = createMemo(() => new Set(props.overrides.daysOff.map((d) => d.day)));
  const daysOff = createMemo(() => props.calendar.daysOffIn(props.year));
  const defaults = createMemo(() => yearDefaults(props.year));
  const userWorking = createMemo(() => new Set(props.overrides.workingDays.map((d) => d.day)));
  const workingDays = createMemo(() =>
    [...defaults().workingDays.filter((d) => !userWorking().has(d.day)), ...props.overrides.workingDays.filter((d) => inYear(d.day))]
      .filter((d) => props.calendar.isWorkingDay(d.day))
      .sort((a, b) => a.day.localeCompare(b.day)),
  );
  const removed = createMemo(() => {
    const gone = new Set(props.overrides.removedDaysOff);
    return defaults().daysOff.filter((d) => gone.has(d.day));
  });

  return (
    <>
      <h3 id="days-off-title">Ngày nghỉ năm {props.year}</h3>
      <Show when={daysOff().length > 0} fallback={<p>Năm này không có ngày nghỉ lễ, Tết nào ngoài Thứ Bảy, Chủ nhật.</p>}>
        <ul class="day-list" aria-labelledby="days-off-title">
          <For each={daysOff()}>
            {(d) => (
              <li>
                <div>
                  <p class="day-date">{formatDay(d.day)}</p>
                  <p class="day-name">
                    {d.name}{' '}
                    <Show when={d.toVerify}>
                      <span class="badge">cần kiểm chứng</span>
                    </Show>
                    <Show when={userDaysOff().has(d.day)}>
                      <span class="badge own">bạn thêm</span>
                    </Show>
                  </p>
                </div>
                <button type="button" disabled={props.disabled} aria-label={`Bỏ ngày nghỉ ${formatDay(d.day)}: ${d.name}`} onClick={() => props.onRemoveDayOff(d.day)}>
                  Bỏ
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={workingDays().length > 0}>
        <h3 id="working-days-title">Ngày làm bù năm {props.year}</h3>
        <ul class="day-list" aria-labelledby="working-days-title">
          <For each={workingDays()}>
            {(d) => (
              <li>
                <div>
                  <p class="day-date">{formatDay(d.day)}</p>
                  <p class="day-name">{d.note === '' ? 'Làm việc bù' : d.note}</p>
                </div>
                <Show when={userWorking().has(d.day)}>
                  <button type="button" disabled={props.disabled} aria-label={`Bỏ ngày làm bù ${formatDay(d.day)}`} onClick={() => props.onRemoveWorkingDay(d.day)}>
                    Bỏ
                  </button>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={removed().length > 0}>
        <h3 id="removed-days-title">Ngày nghỉ mặc định đã bỏ</h3>
        <ul class="day-list" aria-labelledby="removed-days-title">
          <For each={removed()}>
            {(d) => (
              <li>
                <div>
                  <p class="day-date">{formatDay(d.day)}</p>
                  <p class="day-name">{d.name}</p>
                </div>
                <button type="button" disabled={props.disabled} aria-label={`Khôi phục ngày nghỉ ${formatDay(d.day)}: ${d.name}`} onClick={() => props.onRestoreDayOff(d.day)}>
                  Khôi phục
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </>
  );
}
