import { canonicalJson } from '../canonicalJson.ts';
import type { RegisterClocks } from '../protocol.ts';
import { isTooFarAhead, legacyClock, parseHlc } from './hybridLogicalClock.ts';
import { allRegisters, fieldsOf, registersIn, type RegisterLayout } from './registerLayout.ts';
import type { ClockedSnapshot } from './mergeSnapshots.ts';

/**
 * The register clocks of a record after a local edit: registers whose fields changed (or
 * that are new) get `now`, a fresh reading of the device's clock; the others keep the clock
 * they had, so the edit does not overwrite what other officers changed meanwhile.
 */
export function stampClocks(
  layout: RegisterLayout,
  previous: ClockedSnapshot | undefined,
  next: Readonly<Record<string, unknown>>,
  now: string,
): RegisterClocks {
  const clocks: Record<string, string> = { ...previous?.clocks };
  const before = previous?.value ?? {};
  const nowReading = parseHlc(now);
  for (const register of registersIn(layout, before, next)) {
    const fields = fieldsOf(layout, register);
    const changed = clocks[register] === undefined || fields.some((f) => canonicalJson(before[f] ?? null) !== canonicalJson(next[f] ?? null));
    if (changed || (nowReading !== null && isAheadOf(clocks[register], nowReading.wallMs))) clocks[register] = now;
  }
  return clocks;
}

/**
 * A register stamped while the phone's date was wrong (far ahead) is stamped again with the
 * real time: the server refused those readings, so no other copy holds them.
 */
function isAheadOf(clock: string | undefined, nowMs: number): boolean {
  const reading = clock === undefined ? null : parseHlc(clock);
  return reading !== null && isTooFarAhead(reading, nowMs);
}

/**
 * Clocks for a snapshot that came without any (queued before merging existed): every register
 * of the layout, present or absent, takes the clock of its `updatedAt` on the sending device,
 * so that a field such a snapshot removed (an undone void, a cleared rating) stays removed
 * against older copies, as whole-snapshot last-writer-wins had it.
 */
export function legacyClocks(layout: RegisterLayout, value: Readonly<Record<string, unknown>>, deviceId: string): RegisterClocks {
  const updatedAt = typeof value['updatedAt'] === 'string' ? Date.parse(value['updatedAt']) : 0;
  const clock = legacyClock(Number.isFinite(updatedAt) ? updatedAt : 0, deviceId);
  return Object.fromEntries([...allRegisters(layout)].map((register) => [register, clock]));
}
