import * as v from 'valibot';
import { ReportJsonSchema, type ReportJson } from '../sync/reportWire.ts';
import type { SoMotCuaDatabase } from './database.ts';

const CACHE_KEY = 'supervisorReports';

/** How many reports the supervisor's phone keeps for offline reading (the most recent). */
export const CACHED_REPORTS = 12;

const CachedReportSchema = v.object({ key: v.string(), fetchedAt: v.string(), report: ReportJsonSchema });
const CacheSchema = v.array(CachedReportSchema);

/** A report as last fetched, with when. */
export type CachedReport = v.InferOutput<typeof CachedReportSchema>;

async function readAll(db: SoMotCuaDatabase): Promise<CachedReport[]> {
  const parsed = v.safeParse(CacheSchema, (await db.meta.get(CACHE_KEY))?.value);
  return parsed.success ? parsed.output : [];
}

/** Keeps a fetched report under its query key, so the figures stay readable offline. */
export async function saveCachedReport(db: SoMotCuaDatabase, key: string, report: ReportJson, fetchedAt: string): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const others = (await readAll(db)).filter((entry) => entry.key !== key);
    await db.meta.put({ key: CACHE_KEY, value: [{ key, fetchedAt, report }, ...others].slice(0, CACHED_REPORTS) });
  });
}

/** The report last fetched under a query key, or null. */
export async function readCachedReport(db: SoMotCuaDatabase, key: string): Promise<CachedReport | null> {
  return (await readAll(db)).find((entry) => entry.key === key) ?? null;
}
