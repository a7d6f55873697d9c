import * as v from 'valibot';
import { CalendarOverridesSchema, EMPTY_OVERRIDES } from '../domain/calendar/calendarOverrides.ts';
import type { PeriodRule } from '../domain/periods/periodRule.ts';
import type { SoMotCuaDatabase } from './database.ts';
import { live, type LiveValue } from './liveValue.ts';
import { recoveredWrite } from './recoveredWrite.ts';

/** Every setting, its schema and its default. A stored value that fails its schema reads as the default. */
export const SETTINGS = {
  /** How reporting months are cut (DOMAIN.md §2, "Reporting periods"). */
  periodRule: { schema: v.picklist(['calendar', 'fifteenth'] satisfies PeriodRule[]), fallback: 'calendar' as PeriodRule },
  /** Whether an apology's new date replaces the due date when judging (DOMAIN.md §3, to verify). */
  apologyRule: { schema: v.picklist(['judge_by_due_date', 'judge_by_new_date']), fallback: 'judge_by_due_date' as const },
  /** The user's edits to the working-day calendar. */
  calendarOverrides: { schema: CalendarOverridesSchema, fallback: EMPTY_OVERRIDES },
  /** The plan whose targets the officer is judged by (a preset id or a user plan id). */
  activePlanId: { schema: v.nullable(v.string()), fallback: null as string | null },
  /** The unit (UBND xã, phường) this phone works for: heads its reports. */
  unitName: { schema: v.nullable(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120))), fallback: null as string | null },
  /** Who uses this phone: stamped on the dossiers they receive. */
  officerId: { schema: v.nullable(v.pipe(v.string(), v.minLength(1), v.maxLength(64))), fallback: null as string | null },
  /** The interface language: Vietnamese (the default) or English. */
  language: { schema: v.picklist(['vi', 'en']), fallback: 'vi' as 'vi' | 'en' },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = v.InferOutput<(typeof SETTINGS)[K]['schema']>;

/** Reads a setting, or its default when unset or unreadable. */
export async function readSetting<K extends SettingKey>(db: SoMotCuaDatabase, key: K): Promise<SettingValue<K>> {
  const record = await db.settings.get(key);
  const parsed = v.safeParse(SETTINGS[key].schema, record?.value);
  return (record !== undefined && parsed.success ? parsed.output : SETTINGS[key].fallback) as SettingValue<K>;
}

/**
 * Validates and stores a setting; throws a ValiError with Vietnamese messages when invalid. Recovered as
 * every desk write (inside a caller's transaction, the caller's recovery covers it).
 */
export async function writeSetting<K extends SettingKey>(db: SoMotCuaDatabase, key: K, value: SettingValue<K>): Promise<void> {
  const parsed = v.parse(SETTINGS[key].schema, value);
  await recoveredWrite(db, () => db.settings.put({ key, value: parsed }));
}

/** Live view of a setting. */
export function watchSetting<K extends SettingKey>(db: SoMotCuaDatabase, key: K): LiveValue<SettingValue<K>> {
  return live(() => readSetting(db, key));
}
