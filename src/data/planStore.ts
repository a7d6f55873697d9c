import * as v from 'valibot';
import { PLAN_PRESETS, findPreset } from '../domain/plans/presets/index.ts';
import { PlanSchema, type Plan } from '../domain/plans/planSchema.ts';
import type { SoMotCuaDatabase } from './database.ts';
import { live, type LiveValue } from './liveValue.ts';
import { recoveredWrite } from './recoveredWrite.ts';
import { readSetting, writeSetting } from './settings.ts';

/** Presets first (read-only, the five seed plans), then the user's own plans. */
export async function listPlans(db: SoMotCuaDatabase): Promise<{ presets: readonly Plan[]; own: Plan[] }> {
  const own = await db.plans.toArray();
  return { presets: PLAN_PRESETS, own: own.sort((a, b) => a.name.localeCompare(b.name, 'vi')) };
}

/** Live view of `listPlans`. */
export function watchPlans(db: SoMotCuaDatabase): LiveValue<{ presets: readonly Plan[]; own: Plan[] }> {
  return live(() => listPlans(db));
}

/** The plan the officer chose (a preset or one of theirs), or null before any choice. */
export async function activePlan(db: SoMotCuaDatabase): Promise<Plan | null> {
  const id = await readSetting(db, 'activePlanId');
  if (id === null) return null;
  return findPreset(id) ?? (await db.plans.get(id)) ?? null;
}

/** Live view of `activePlan`. */
export function watchActivePlan(db: SoMotCuaDatabase): LiveValue<Plan | null> {
  return live(() => activePlan(db));
}

/** Saves one of the user's plans (validated; presets cannot be overwritten). */
export async function savePlan(db: SoMotCuaDatabase, plan: Plan): Promise<void> {
  if (findPreset(plan.id)) throw new Error('Không thể sửa kế hoạch mẫu. Hãy sao chép rồi sửa bản sao.');
  const valid = v.parse(PlanSchema, plan);
  await recoveredWrite(db, () => db.plans.put(valid));
}

/** Saves a plan and makes it the active one, together. */
export async function saveAndActivatePlan(db: SoMotCuaDatabase, plan: Plan): Promise<void> {
  await recoveredWrite(db, () => db.transaction('rw', [db.plans, db.settings], async () => {
    await savePlan(db, plan);
    await writeSetting(db, 'activePlanId', plan.id);
  }));
}

/** Deletes one of the user's plans and its manual figures; the active choice falls back to none. */
export async function deletePlan(db: SoMotCuaDatabase, id: string): Promise<void> {
  await recoveredWrite(db, () => db.transaction('rw', [db.plans, db.manualEntries, db.settings], async () => {
    await db.plans.delete(id);
    await db.manualEntries.where('planId').equals(id).delete();
    if ((await readSetting(db, 'activePlanId')) === id) await writeSetting(db, 'activePlanId', null);
  }));
}
