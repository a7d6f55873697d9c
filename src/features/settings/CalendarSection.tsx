import { createEffect, createMemo, createSignal, For, Show } from 'solid-js';
import { createVietnamWorkingCalendar, EMPTY_OVERRIDES, HOLIDAY_TABLE_YEARS, type CalendarOverrides } from '../../domain/calendar/index.ts';
import { vietnamDateKey } from '../../domain/vietnamTime.ts';
import { applyCalendarChange, watchCalendarChange } from '../../data/calendarChange.ts';
import { watchSetting } from '../../data/settings.ts';
import { useServices } from '../../app/services.ts';
import { syncAfterSave } from '../../app/backgroundSync.ts';
import { createLiveSignal } from '../../ui/createLiveSignal.ts';
import { t } from '../../ui/i18n/t.ts';
import { AddDayForm } from './AddDayForm.tsx';
import { addDayOff, addWorkingDay, removeDayOff, removeWorkingDay, restoreDayOff, sameOverrides, type CalendarEdit } from './calendarEdits.ts';
import { CalendarPreview } from './CalendarPreview.tsx';
import { errorText, SectionMessage, type Message } from './SectionMessage.tsx';
import { YearDays } from './YearDays.tsx';

const YEARS = Array.from({ length: HOLIDAY_TABLE_YEARS.last - HOLIDAY_TABLE_YEARS.first + 1 }, (_, i) => HOLIDAY_TABLE_YEARS.first + i);

function currentYear(): number {
  const year = Number(vietnamDateKey(Date.now()).slice(0, 4));
  return Math.min(Math.max(year, HOLIDAY_TABLE_YEARS.first), HOLIDAY_TABLE_YEARS.last);
}

/**
 * "Lịch làm việc": a year's days off, and the officer's edits to them. Edits are staged; the
 * preview shows which appointments would move, and nothing is saved before "Áp dụng".
 */
export function CalendarSection() {
  const { db, sync } = useServices();
  const saved = createLiveSignal<CalendarOverrides | null>(() => watchSetting(db, 'calendarOverrides'), null);
  const [staged, setStaged] = createSignal<CalendarOverrides | null>(null);
  const [year, setYear] = createSignal(currentYear());
  const [applying, setApplying] = createSignal(false);
  const [message, setMessage] = createSignal<Message>(null);

  const current = () => staged() ?? saved.value() ?? EMPTY_OVERRIDES;
  const calendar = createMemo(() => createVietnamWorkingCalendar(current()));
  const unchanged = createMemo(() => {
    const s = staged();
    return s === null || sameOverrides(s, saved.value() ?? EMPTY_OVERRIDES);
  });
  // A live preview: a dossier received or finished while the edit is staged shows up at once.
  const preview = createMemo(() => {
    const s = staged();
    return s === null ? null : createLiveSignal(() => watchCalendarChange(db, s), null);
  });
  const moves = () => preview()?.value() ?? null;

  let previewArea: HTMLDivElement | undefined;
  let revealPreview = false;
  const stage = (next: CalendarOverrides) => {
    setMessage(null);
    setStaged(next);
    revealPreview = true;
  };
  // The preview sits under the forms: once its list is worked out, bring "Áp dụng" into view.
  createEffect(() => {
    if (moves() === null || !revealPreview) return;
    revealPreview = false;
    previewArea?.scrollIntoView({ block: 'nearest' });
  });
  const edit = (result: CalendarEdit, day: string): string | null => {
    if (!result.ok) return result.message;
    stage(result.overrides);
    setYear(Number(day.slice(0, 4)));
    return null;
  };

  const apply = async () => {
    const next = staged();
    const changes = moves();
    if (next === null || changes === null) return;
    setApplying(true);
    try {
      await applyCalendarChange(db, next, changes);
      setStaged(null);
      const moved = changes.length === 0 ? '' : ` ${t('{count} hồ sơ đã đổi ngày hẹn.', { count: changes.length })}`;
      setMessage({ kind: 'ok', text: `${t('Đã lưu lịch làm việc.')}${moved}` });
      if (changes.length > 0) syncAfterSave(sync);
    } catch (error) {
      setMessage({ kind: 'error', text: t('Chưa lưu được lịch: {reason}', { reason: errorText(error) }) });
    } finally {
      setApplying(false);
    }
  };

  const cancel = () => {
    setStaged(null);
    setMessage({ kind: 'ok', text: t('Đã hủy các thay đổi chưa lưu.') });
  };

  return (
    <section class="card" aria-labelledby="calendar-title">
      <h2 id="calendar-title">{t('Lịch làm việc')}</h2>
      <p class="field-hint">{t('Ngày nghỉ lễ, Tết theo Bộ luật Lao động 2019; sửa khi có thông báo nghỉ bù, làm bù hoặc quyết định của tỉnh.')}</p>
      <p class="notice error" role="alert" hidden={saved.error() === null}>
        {t('Không đọc được lịch đã lưu trên máy. Hãy tải lại ứng dụng.')}
      </p>
      <div class="field">
        <label for="calendar-year">{t('Năm')}</label>
        <select id="calendar-year" value={year()} onChange={(e) => setYear(Number(e.currentTarget.value))}>
          <For each={YEARS}>{(y) => <option value={y}>{y}</option>}</For>
        </select>
      </div>
      <YearDays
        year={year()}
        calendar={calendar()}
        overrides={current()}
        disabled={saved.value() === null || applying()}
        onRemoveDayOff={(day) => stage(removeDayOff(current(), day))}
        onRestoreDayOff={(day) => stage(restoreDayOff(current(), day))}
        onRemoveWorkingDay={(day) => stage(removeWorkingDay(current(), day))}
      />
      <AddDayForm
        legend={t('Thêm ngày nghỉ')}
        dateLabel={t('Ngày nghỉ')}
        hint={t('Ví dụ: nghỉ theo quyết định của tỉnh, hoặc ngày nghỉ bù đã được thông báo.')}
        submitLabel={t('Thêm ngày nghỉ')}
        disabled={saved.value() === null || applying()}
        onAdd={(day, note) => edit(addDayOff(current(), calendar(), day, note), day)}
      />
      <AddDayForm
        legend={t('Thêm ngày làm bù')}
        dateLabel={t('Thứ Bảy hoặc Chủ nhật phải đi làm')}
        hint={t('Ngày cuối tuần cơ quan làm việc để đổi lấy một ngày nghỉ bù.')}
        submitLabel={t('Thêm ngày làm bù')}
        disabled={saved.value() === null || applying()}
        onAdd={(day, note) => edit(addWorkingDay(current(), calendar(), day, note), day)}
      />
      <div class="calendar-outcome" ref={previewArea}>
        <Show when={staged() !== null}>
          <CalendarPreview moves={moves()} unchanged={unchanged()} applying={applying()} onApply={() => void apply()} onCancel={cancel} />
        </Show>
        <SectionMessage message={message()} />
      </div>
    </section>
  );
}
