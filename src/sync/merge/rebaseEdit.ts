import { canonicalJson } from '../canonicalJson.ts';
import { fieldsOf, registersIn, type RegisterLayout } from './registerLayout.ts';

/**
 * An edit made on `base` (the copy the officer saw) applied onto `current` (the copy stored
 * now, which a pull may have changed meanwhile): the registers the edit changed take the
 * edit's values, every other register keeps the current copy's. So saving a form opened
 * before another officer's change arrived never reverts that change.
 */
export function rebaseEdit<T extends Readonly<Record<string, unknown>>>(layout: RegisterLayout, base: T, next: T, current: T): T {
  const result: Record<string, unknown> = { ...current };
  for (const field of layout.structural) if (next[field] !== undefined) result[field] = next[field];
  for (const register of registersIn(layout, base, next)) {
    const fields = fieldsOf(layout, register);
    const changed = fields.some((f) => canonicalJson(base[f] ?? null) !== canonicalJson(next[f] ?? null) || (f in base) !== (f in next));
    if (!changed) continue;
    for (const field of fields) {
      if (next[field] === undefined) delete result[field];
      else result[field] = next[field];
    }
  }
  return result as T;
}
