/**
 * ISO 8601 timestamps as valibot's `isoTimestamp` accepts them: `T` or a space between date
 * and time, up to 9 fraction digits, and `Z` or an offset written `+07`, `+0700`, `+07:00`,
 * optionally after a space. `Date.parse` does not read all of these, so they are rewritten first.
 */
const ISO_PARTS = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?) ?(?:(Z)|([+-]\d{2}):?(\d{2})?)$/;

/** Milliseconds since the epoch of an ISO 8601 timestamp, or NaN when it cannot be read. */
export function instantMs(iso: string): number {
  const m = ISO_PARTS.exec(iso);
  if (m === null) return Number.NaN;
  const [, date, time, zulu, offsetHours, offsetMinutes] = m;
  const zone = zulu ?? `${offsetHours ?? ''}:${offsetMinutes ?? '00'}`;
  return Date.parse(`${date ?? ''}T${time ?? ''}${zone}`);
}

/** A timestamp already written as `toISOString()` writes it, as phones send them. */
const CANONICAL_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** The same instant as a UTC `toISOString()` (millisecond precision), or null when unreadable. */
export function toUtcIso(iso: string): string | null {
  if (CANONICAL_UTC.test(iso)) {
    const ms = Date.parse(iso);
    // Date.parse rolls 30 February over to March: only a true round trip is kept as written.
    if (Number.isFinite(ms) && new Date(ms).toISOString() === iso) return iso;
  }
  const ms = instantMs(iso);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

/** The text a timestamp column stores: UTC `toISOString()`, or the raw text if it cannot be read (validation rules that out). */
export function storedInstant(iso: string): string {
  return toUtcIso(iso) ?? iso;
}
