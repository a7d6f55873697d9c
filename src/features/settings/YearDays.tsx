import { createMemo, For, Show } from 'solid-js';
import { yearDefaults, type CalendarOverrides, type VietnamWorkingCalendar } from '../../domain/calendar/index.ts';
import { formatDay } from '../../ui/format.ts';
import { holidayName } from '../../ui/holidayName.ts';
import { t } from '../../ui/i18n/t.ts';

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
      <h3 id="days-off-title">{t('Ngày nghỉ năm {year}', { year: props.year })}</h3>
      <Show when={daysOff().length > 0} fallback={<p>{t('Năm này không có ngày nghỉ lễ, Tết nào ngoài Thứ Bảy, Chủ nhật.')}</p>}>
        <ul class="day-list" aria-labelledby="days-off-title">
          <For each={daysOff()}>
            {(d) => (
              <li>
                <div>
                  <p class="day-date">{formatDay(d.day)}</p>
                  <p class="day-name">
                    {holidayName(d.name)}{' '}
                    <Show when={d.toVerify}>
                      <span class="badge">{t('cần kiểm chứng')}</span>
                    </Show>
                    <Show when={userDaysOff().has(d.day)}>
                      <span class="badge own">{t('bạn thêm')}</span>
                    </Show>
                  </p>
                </div>
                <button type="button" disabled={props.disabled} aria-label={t('Bỏ ngày nghỉ {day}: {name}', { day: formatDay(d.day), name: holidayName(d.name) })} onClick={() => props.onRemoveDayOff(d.day)}>
                  {t('Bỏ')}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={workingDays().length > 0}>
        <h3 id="working-days-title">{t('Ngày làm bù năm {year}', { year: props.year })}</h3>
        <ul class="day-list" aria-labelledby="working-days-title">
          <For each={workingDays()}>
            {(d) => (
              <li>
                <div>
                  <p class="day-date">{formatDay(d.day)}</p>
                  <p class="day-name">{d.note === '' ? t('Làm việc bù') : holidayName(d.note)}</p>
                </div>
                <Show when={userWorking().has(d.day)}>
                  <button type="button" disabled={props.disabled} aria-label={t('Bỏ ngày làm bù {day}', { day: formatDay(d.day) })} onClick={() => props.onRemoveWorkingDay(d.day)}>
                    {t('Bỏ')}
                  </button>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={removed().length > 0}>
        <h3 id="removed-days-title">{t('Ngày nghỉ mặc định đã bỏ')}</h3>
        <ul class="day-list" aria-labelledby="removed-days-title">
          <For each={removed()}>
            {(d) => (
              <li>
                <div>
                  <p class="day-date">{formatDay(d.day)}</p>
                  <p class="day-name">{holidayName(d.name)}</p>
                </div>
                <button type="button" disabled={props.disabled} aria-label={t('Khôi phục ngày nghỉ {day}: {name}', { day: formatDay(d.day), name: holidayName(d.name) })} onClick={() => props.onRestoreDayOff(d.day)}>
                  {t('Khôi phục')}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </>
  );
}
