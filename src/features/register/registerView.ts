import * as v from 'valibot';
import { REGISTER_STATUS_FILTERS } from '../../domain/registerFilter.ts';
import { pathOf } from '../../app/router.ts';
import { REGISTER_PERIODS } from './registerPeriods.ts';

/** What the officer chose on the register, and where they were when they opened a dossier. */
export const RegisterViewSchema = v.object({
  search: v.pipe(v.string(), v.maxLength(200)),
  status: v.picklist(REGISTER_STATUS_FILTERS),
  field: v.pipe(v.string(), v.maxLength(120)),
  period: v.picklist(REGISTER_PERIODS),
  /** Rows loaded when the officer left, and the row they opened with its place on screen: restored by Back. */
  shown: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  anchor: v.optional(v.object({ id: v.pipe(v.string(), v.maxLength(64)), top: v.number() })),
});

/** The register's view as kept in history. */
export type RegisterView = v.InferOutput<typeof RegisterViewSchema>;

/** A fresh register: everything received this month. */
export const DEFAULT_REGISTER_VIEW: RegisterView = { search: '', status: 'all', field: '', period: 'this_month' };

const KEY = 'soMotCuaRegister';

/**
 * The view kept in this history entry's state: Back to the register finds the same search,
 * filters and place; tapping the "Sổ" tab (a new entry) starts fresh.
 */
export function restoredRegisterView(): RegisterView | null {
  const state: unknown = history.state;
  if (typeof state !== 'object' || state === null || !(KEY in state)) return null;
  const parsed = v.safeParse(RegisterViewSchema, (state as Record<string, unknown>)[KEY]);
  return parsed.success ? parsed.output : null;
}

/** Keeps the view in the current history entry, only while that entry is the register's. */
export function keepRegisterView(view: RegisterView): void {
  if (location.pathname !== pathOf({ name: 'register' })) return;
  const state: unknown = history.state;
  const base = typeof state === 'object' && state !== null ? state : {};
  history.replaceState({ ...base, [KEY]: view }, '');
}
