import * as v from 'valibot';
import { contentHash } from '../sync/contentHash.ts';
import { isTooFarAhead, parseHlc } from '../sync/merge/hybridLogicalClock.ts';
import { isRegister, layoutOf } from '../sync/merge/registerLayout.ts';
import { ChangeSchema } from '../sync/protocol.ts';
import { describeIssues, VIETNAMESE_MESSAGES } from './describeIssues.ts';
import { instantMs } from './instant.ts';
import { readPayload, type NamedInstant } from './readPayload.ts';
import type { ValidatedChange } from './store/syncStore.ts';

/** Why a change stamped by a phone whose date is far ahead is refused, and what the officer does. */
export const CLOCK_AHEAD = 'Ngày giờ của máy đang nhanh hơn máy chủ hơn một ngày. Hãy chỉnh lại ngày giờ của máy, rồi mở hồ sơ và lưu lại.';

/** A change ready for the store, or why it was turned down (Vietnamese, names the field). */
export type ChangeValidation =
  | { readonly ok: true; readonly change: ValidatedChange }
  | { readonly ok: false; readonly reason: string };

/**
 * Checks one raw item of a push: the change's shape (including a known entity), that it comes
 * from the pushing device, that its payload is a valid record of that entity with the id the
 * change names, and that its hash covers exactly the content sent (the hash is taken over the
 * payload as received, before parsing or upgrading).
 */
export async function validateChange(item: unknown, requestDeviceId: string, now: Date = new Date()): Promise<ChangeValidation> {
  const parsed = v.safeParse(ChangeSchema, item, VIETNAMESE_MESSAGES);
  if (!parsed.success) return reject(`Thay đổi không hợp lệ: ${describeIssues(parsed.issues)}`);
  const change = parsed.output;
  if (change.deviceId !== requestDeviceId) {
    return reject('deviceId của thay đổi khác deviceId của lần gửi');
  }
  const read = readPayload(change);
  if (!read.ok) return reject(read.reason);
  if (read.change.payload.id !== change.entityId) {
    return reject('payload.id phải trùng với entityId của thay đổi');
  }
  const unreadable = unreadableInstant([['at', change.at], ...read.instants]);
  if (unreadable !== null) return reject(`${unreadable}: không đọc được thời điểm`);
  const foreignClock = change.clocks === undefined ? undefined : Object.keys(change.clocks).find((register) => !isRegister(layoutOf(change.entity), register));
  if (foreignClock !== undefined) return reject(`clocks.${foreignClock}: không phải trường của ${change.entity === 'dossier' ? 'hồ sơ' : 'phản ánh'}`);
  const ahead = Object.values(change.clocks ?? {}).some((clock) => {
    const reading = parseHlc(clock);
    return reading !== null && isTooFarAhead(reading, now.getTime());
  });
  if (ahead) return reject(CLOCK_AHEAD);
  const { entity, entityId, payload, clocks } = change;
  const expected = await contentHash(clocks === undefined ? { entity, entityId, payload } : { entity, entityId, payload, clocks });
  if (change.hash !== expected) return reject('Mã băm không khớp nội dung');
  return { ok: true, change: read.change };
}

/** The first timestamp the store could not order or normalise, by field name; null when all read. */
function unreadableInstant(instants: readonly NamedInstant[]): string | null {
  for (const [field, value] of instants) {
    if (value !== undefined && !Number.isFinite(instantMs(value))) return field;
  }
  return null;
}

function reject(reason: string): ChangeValidation {
  return { ok: false, reason };
}
