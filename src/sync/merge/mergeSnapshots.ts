import { canonicalJson } from '../canonicalJson.ts';
import type { RegisterClocks } from '../protocol.ts';
import { fieldsOf, registersIn, type RegisterLayout } from './registerLayout.ts';

/** A record as merging sees it: its fields, and the clock of each register. */
export interface ClockedSnapshot {
  readonly value: Readonly<Record<string, unknown>>;
  readonly clocks: RegisterClocks;
}

/**
 * Per-register last-writer-wins: each register takes the value of the copy whose clock for it
 * is higher (ties, which only legacy clocks can produce, go to the greater canonical JSON of
 * the register's fields, so the choice never depends on the order of arguments). `updatedAt`
 * is the later of the two. This is a join (commutative, associative, idempotent), so copies
 * that have seen the same changes hold the same record, in whatever order and however many
 * times the changes arrived.
 */
export function mergeSnapshots(layout: RegisterLayout, a: ClockedSnapshot, b: ClockedSnapshot): ClockedSnapshot {
  const value: Record<string, unknown> = {};
  const clocks: Record<string, string> = {};
  // Structural fields (id, schema version) come from the copy edited last, so the choice never
  // depends on the order of arguments; `updatedAt` is the later one.
  const later = laterInstant(a.value['updatedAt'], b.value['updatedAt']) === a.value['updatedAt'] ? a : b;
  for (const field of layout.structural) {
    const fromLater = later.value[field];
    if (fromLater !== undefined) value[field] = fromLater;
  }
  const registers = registersIn(layout, a.value, b.value);
  for (const register of [...Object.keys(a.clocks), ...Object.keys(b.clocks)]) registers.add(register);
  for (const register of registers) {
    const fields = fieldsOf(layout, register);
    const winner = pickWinner(register, fields, a, b);
    const clock = winner.clocks[register];
    if (clock !== undefined) clocks[register] = clock;
    for (const field of fields) {
      const fieldValue = winner.value[field];
      if (fieldValue !== undefined) value[field] = fieldValue;
    }
  }
  return { value, clocks };
}

/**
 * `incoming` merged into `current`, or null when `current` already holds everything `incoming`
 * carries (a replay, or an edit every register of which has been overtaken): nothing to write.
 * The device (applying a pull) and the server (applying a push) decide the same way.
 */
export function mergeInto(layout: RegisterLayout, current: ClockedSnapshot, incoming: ClockedSnapshot): ClockedSnapshot | null {
  const merged = mergeSnapshots(layout, current, incoming);
  return canonicalJson(merged) === canonicalJson(current) ? null : merged;
}

function pickWinner(register: string, fields: readonly string[], a: ClockedSnapshot, b: ClockedSnapshot): ClockedSnapshot {
  const clockA = a.clocks[register] ?? '';
  const clockB = b.clocks[register] ?? '';
  if (clockA !== clockB) return clockA > clockB ? a : b;
  return registerText(fields, a) >= registerText(fields, b) ? a : b;
}

/** The register's fields as canonical JSON; an absent field is left out (so absent and null differ). */
function registerText(fields: readonly string[], snapshot: ClockedSnapshot): string {
  return canonicalJson(Object.fromEntries(fields.filter((field) => snapshot.value[field] !== undefined).map((field) => [field, snapshot.value[field]])));
}

/** The later of two ISO instants (ties and unreadable values broken by plain text order). */
function laterInstant(a: unknown, b: unknown): unknown {
  if (typeof a !== 'string') return b;
  if (typeof b !== 'string') return a;
  const [msA, msB] = [Date.parse(a), Date.parse(b)];
  if (msA !== msB && Number.isFinite(msA) && Number.isFinite(msB)) return msA > msB ? a : b;
  return a >= b ? a : b;
}
