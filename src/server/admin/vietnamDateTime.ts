const FORMAT = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** An instant as an operator in Vietnam reads it: "17:00 24/11/2026" (vi-VN, Vietnam time). */
export function vietnamDateTime(iso: string): string {
  return FORMAT.format(new Date(iso));
}
