import * as v from 'valibot';
import { isDateKey } from './vietnamTime.ts';
import { isUuidv7 } from './uuidv7.ts';

/** An instant, ISO 8601 (the app always writes `Date#toISOString()`, UTC). */
export const InstantSchema = v.pipe(v.string(), v.isoTimestamp('thời điểm phải là ISO 8601'));

/** A Vietnam calendar day, `YYYY-MM-DD`. */
export const DateKeySchema = v.pipe(v.string(), v.check(isDateKey, 'ngày phải có dạng YYYY-MM-DD'));

/** A record id made on the device. */
export const Uuidv7Schema = v.pipe(v.string(), v.check(isUuidv7, 'mã phải là UUIDv7'));

/** Optional short free text (notes, reasons). */
export const NoteSchema = v.pipe(v.string(), v.trim(), v.maxLength(500, 'tối đa 500 ký tự'));
