import type { DateKey } from '../vietnamTime.ts';

/** A named day off: a holiday, a compensatory day, an announced or a user-added day off. */
export interface DayOff {
  readonly day: DateKey;
  /** Vietnamese label shown to the officer, e.g. "Giỗ Tổ Hùng Vương". */
  readonly name: string;
  /** Where the rule comes from (legal article, announcement, or the user). */
  readonly source: string;
  /** True when the date is a default or recollection that should be checked against the official announcement. */
  readonly toVerify: boolean;
}

/** A day with a short Vietnamese note, as announcements and user edits list them. */
export interface DatedNote {
  readonly day: DateKey;
  readonly note: string;
}
