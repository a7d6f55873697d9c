/**
 * The officer's own edits to the working-day calendar: extra days off (e.g. a provincial
 * decision), weekend days worked in exchange for a swapped day, and default holidays removed.
 * The government's yearly announcements (Bộ luật Lao động 2019, Điều 112 khoản 3) sometimes
 * reach the desk before the app's table is updated; these edits cover that gap.
 */
import * as v from 'valibot';
import { isDateKey } from '../vietnamTime.ts';

/** At most this many entries per list (about 30 a year over the 16 years of the table). */
export const MAX_OVERRIDE_ENTRIES = 500;

/** At most this many characters in a note. */
export const MAX_OVERRIDE_NOTE_LENGTH = 200;

const DateKeySchema = v.pipe(
  v.string('Ngày phải là chuỗi dạng NNNN-TT-NN.'),
  v.check(isDateKey, 'Ngày không hợp lệ: cần một ngày có thật, dạng NNNN-TT-NN (ví dụ 2026-02-17).'),
);

const DatedNoteSchema = v.object(
  {
    day: DateKeySchema,
    note: v.pipe(
      v.string('Ghi chú phải là chuỗi ký tự.'),
      v.trim(),
      v.maxLength(MAX_OVERRIDE_NOTE_LENGTH, `Ghi chú tối đa ${MAX_OVERRIDE_NOTE_LENGTH} ký tự.`),
    ),
  },
  'Mỗi mục cần có ngày và ghi chú.',
);

function capped<T extends v.GenericSchema>(item: T, what: string) {
  return v.pipe(
    v.array(item, `Danh sách ${what} không hợp lệ.`),
    v.maxLength(MAX_OVERRIDE_ENTRIES, `Danh sách ${what} tối đa ${MAX_OVERRIDE_ENTRIES} mục.`),
    v.readonly(),
  );
}

/** Schema of the user's calendar edits; a day may not be both an added day off and a worked day. */
export const CalendarOverridesSchema = v.pipe(
  v.object(
    {
      daysOff: capped(DatedNoteSchema, 'ngày nghỉ thêm'),
      workingDays: capped(DatedNoteSchema, 'ngày làm bù'),
      removedDaysOff: capped(DateKeySchema, 'ngày nghỉ bị bỏ'),
    },
    'Lịch làm việc tùy chỉnh cần đủ ba danh sách: ngày nghỉ thêm, ngày làm bù, ngày nghỉ bị bỏ.',
  ),
  v.check(
    (input) => {
      const off = new Set(input.daysOff.map((d) => d.day));
      return input.workingDays.every((d) => !off.has(d.day));
    },
    'Một ngày không thể vừa là ngày nghỉ thêm vừa là ngày làm bù.',
  ),
  v.readonly(),
);

/** The user's calendar edits (see CalendarOverridesSchema). */
export type CalendarOverrides = v.InferOutput<typeof CalendarOverridesSchema>;

/** No edits: the default calendar. */
export const EMPTY_OVERRIDES: CalendarOverrides = Object.freeze({
  daysOff: Object.freeze([]),
  workingDays: Object.freeze([]),
  removedDaysOff: Object.freeze([]),
});
