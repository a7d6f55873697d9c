import * as v from 'valibot';
import type { Period } from '../domain/periods/period.ts';
import { periodParam as periodKey } from '../domain/periods/periodParam.ts';
import { ManualEntrySchema, type PlanRowValue } from '../domain/plans/planRowValue.ts';
import type { SoMotCuaDatabase } from './database.ts';
import { live, type LiveValue } from './liveValue.ts';
import type { ManualEntry } from './manualEntry.ts';
import { recoveredWrite } from './recoveredWrite.ts';

const keyOf = (planId: string, rowKey: string, period: string) => `${planId}|${rowKey}|${period}`;

/** The figures typed for a plan's manual rows in one period, by row id. */
export async function manualValues(db: SoMotCuaDatabase, planId: string, period: Period): Promise<Map<string, PlanRowValue>> {
  const key = periodKey(period);
  const entries = await db.manualEntries.where('planId').equals(planId).filter((e) => e.periodKey === key).toArray();
  return new Map(entries.map((e) => [e.rowKey, e.value]));
}

/** Live view of `manualValues`. */
export function watchManualValues(db: SoMotCuaDatabase, planId: string, period: Period): LiveValue<Map<string, PlanRowValue>> {
  return live(() => manualValues(db, planId, period));
}

/** Stores (validated) or clears (null) the figure of one manual row for one period; recovered as every desk write. */
export async function setManualValue(db: SoMotCuaDatabase, planId: string, rowKey: string, period: Period, value: PlanRowValue | null): Promise<void> {
  const key = keyOf(planId, rowKey, periodKey(period));
  if (value === null) {
    await recoveredWrite(db, () => db.manualEntries.delete(key));
    return;
  }
  const entry: ManualEntry = { key, planId, rowKey, periodKey: periodKey(period), value: v.parse(ManualEntrySchema, value), updatedAt: new Date().toISOString() };
  await recoveredWrite(db, () => db.manualEntries.put(entry));
}
