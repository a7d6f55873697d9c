/** Built-in number formats that show a date or time (ECMA-376 Part 1, §18.8.30, plus the CJK ids Excel maps to dates). */
const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);
const BUILTIN_TIME_ONLY = new Set([18, 19, 20, 21, 45, 46, 47]);

/** What a cell's number format shows: a plain number, a date, a date and time, or a time of day. */
export type DateKind = 'none' | 'date' | 'dateTime' | 'time';

/** The date kind of a number format, from its id and (for custom ids) its format code. */
export function dateKind(numFmtId: number, formatCode: string | undefined): DateKind {
  if (formatCode === undefined) {
    if (!BUILTIN_DATE_FORMATS.has(numFmtId)) return 'none';
    if (BUILTIN_TIME_ONLY.has(numFmtId)) return 'time';
    return numFmtId === 22 ? 'dateTime' : 'date';
  }
  // Drop quoted literals, escaped characters and [..] sections (colours, locales like [$-42A]).
  const code = formatCode
    .split(';')[0]!
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .toLowerCase();
  const hasTime = /[hs]/.test(code);
  // "m" is minutes next to h or s, months otherwise ("mmm yyyy", "mm/yy").
  const hasDate = /[dy]/.test(code) || (!hasTime && code.includes('m'));
  if (!hasDate && !hasTime) return 'none';
  if (hasDate && hasTime) return 'dateTime';
  return hasTime ? 'time' : 'date';
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * An Excel serial as "YYYY-MM-DD", "YYYY-MM-DD HH:MM" or "HH:MM". The 1900 system counts
 * 1900-01-01 as 1 and keeps Lotus's phantom 1900-02-29 (serial 60); the 1904 system counts
 * from 1904-01-01 as 0. Seconds are rounded, then dropped, as Excel shows "hh:mm".
 */
export function excelSerialToText(serial: number, kind: Exclude<DateKind, 'none'>, date1904 = false): string {
  const totalSeconds = Math.round(serial * 86400);
  const days = Math.floor(totalSeconds / 86400);
  const minutes = Math.floor((totalSeconds - days * 86400) / 60);
  const time = `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
  if (kind === 'time' && days === 0) return time;
  let dateText: string;
  if (!date1904 && days === 60) dateText = '1900-02-29';
  else {
    // Serials from 61 on are days since 1899-12-30; below 60 the phantom leap day is not yet counted.
    const epoch = date1904 ? Date.UTC(1904, 0, 1) : days < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
    const d = new Date(epoch + days * 86400000);
    dateText = `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  }
  const withTime = kind === 'dateTime' || kind === 'time' || minutes !== 0;
  return withTime ? `${dateText} ${time}` : dateText;
}
