import * as v from 'valibot';
import type { SoMotCuaDatabase } from './database.ts';
import { live, type LiveValue } from './liveValue.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** How far back "Hay dùng" looks. */
export const FREQUENT_WINDOW_DAYS = 30;

/** How many procedures "Hay dùng" shows at most. */
export const FREQUENT_LIMIT = 5;

const FAVOURITES_KEY = 'favouriteProcedures';

/** The stored favourites: procedure ids, as the catalogue spells them. */
const FavouritesSchema = v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(64))), v.maxLength(500));

/**
 * Ids of every procedure this device received in the 30 days up to `now` (voided entries
 * aside), most used first; a tie goes to the one used last.
 */
export async function procedureUsageRanking(db: SoMotCuaDatabase, now: Date): Promise<string[]> {
  const from = new Date(now.getTime() - FREQUENT_WINDOW_DAYS * DAY_MS).toISOString();
  const recent = await db.dossiers.where('receivedAt').aboveOrEqual(from).toArray();
  const usage = new Map<string, { count: number; last: string }>();
  for (const d of recent) {
    if (d.voidedAt !== undefined) continue;
    const seen = usage.get(d.procedure.id);
    usage.set(d.procedure.id, { count: (seen?.count ?? 0) + 1, last: seen && seen.last > d.receivedAt ? seen.last : d.receivedAt });
  }
  return [...usage.entries()].sort(([, a], [, b]) => b.count - a.count || b.last.localeCompare(a.last)).map(([id]) => id);
}

/** The procedures this device used most in the last 30 days ("Hay dùng"), at most `limit`. */
export async function frequentProcedureIds(db: SoMotCuaDatabase, now: Date, limit: number = FREQUENT_LIMIT): Promise<string[]> {
  return (await procedureUsageRanking(db, now)).slice(0, limit);
}

/** The procedures the officer starred, in the order they were starred (unreadable data reads as none). */
export async function favouriteProcedureIds(db: SoMotCuaDatabase): Promise<string[]> {
  const record = await db.settings.get(FAVOURITES_KEY);
  const parsed = v.safeParse(FavouritesSchema, record?.value);
  return parsed.success ? parsed.output : [];
}

/** Live view of `favouriteProcedureIds`. */
export function watchFavouriteProcedureIds(db: SoMotCuaDatabase): LiveValue<string[]> {
  return live(() => favouriteProcedureIds(db));
}

/** Stars a procedure, or unstars it when already starred (read and write in one transaction). */
export async function toggleFavouriteProcedure(db: SoMotCuaDatabase, procedureId: string): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const current = await favouriteProcedureIds(db);
    const next = current.includes(procedureId) ? current.filter((id) => id !== procedureId) : [...current, procedureId];
    await db.settings.put({ key: FAVOURITES_KEY, value: v.parse(FavouritesSchema, next) });
  });
}
