import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as v from 'valibot';
import { PushRequestSchema, type PushResponse, type Receipt } from '../../sync/protocol.ts';
import { describeIssues, VIETNAMESE_MESSAGES } from '../describeIssues.ts';
import type { AccessStore } from '../store/accessStore.ts';
import type { SyncStore } from '../store/syncStore.ts';
import { validateChange, type ChangeValidation } from '../validateChange.ts';
import { errorBody } from './errorBody.ts';
import { readJsonBody, type JsonBodyEnv } from './jsonBody.ts';
import { requireToken, type AuthEnv } from './requireToken.ts';
import { requireWriter } from './requireWriter.ts';

/** Largest push body accepted, in bytes (500 dossier snapshots take well under 1 MB). */
export const MAX_PUSH_BODY_BYTES = 2 * 1024 * 1024;

/** What the sync route needs. */
export interface SyncRouteDeps {
  readonly store: SyncStore;
  readonly access: AccessStore;
  readonly now: () => Date;
}

/** 403 for a push naming another device than the token's. */
export const OTHER_DEVICE = 'Mã truy cập này thuộc thiết bị khác.';

/** 403 for a push that names (`?unit=`) another unit than the token's. */
export const CANNOT_WRITE_UNIT = 'Không có quyền ghi dữ liệu của đơn vị này.';

/**
 * `POST /sync`: checks a push, stores its valid changes in the token's unit and answers one
 * receipt per change. Only an officer's token may push, and only for its own device.
 */
export function syncRoute({ store, access, now }: SyncRouteDeps): Hono<AuthEnv & JsonBodyEnv> {
  const route = new Hono<AuthEnv & JsonBodyEnv>();
  route.post(
    '/sync',
    bodyLimit({
      maxSize: MAX_PUSH_BODY_BYTES,
      onError: (c) => c.json(errorBody('Dữ liệu gửi lên quá lớn (tối đa 2 MB). Hãy gửi ít thay đổi hơn mỗi lần.'), 413),
    }),
    readJsonBody(),
    requireToken(access),
    requireWriter(),
    async (c) => {
      const auth = c.get('auth');
      const unit = c.req.query('unit');
      if (unit !== undefined && unit !== auth.unitId) return c.json(errorBody(CANNOT_WRITE_UNIT), 403);
      const parsed = v.safeParse(PushRequestSchema, c.get('jsonBody'), VIETNAMESE_MESSAGES);
      if (!parsed.success) {
        return c.json(errorBody(`Yêu cầu đồng bộ không đúng định dạng: ${describeIssues(parsed.issues)}`), 400);
      }
      const { deviceId, changes } = parsed.output;
      if (deviceId !== auth.deviceId) return c.json(errorBody(OTHER_DEVICE), 403);
      const at = now();
      const checked = await Promise.all(changes.map((item) => validateChange(item, deviceId, at)));
      const valid = checked.flatMap((result) => (result.ok ? [result.change] : []));
      const serverTime = at.toISOString();
      const stored = await store.applyChanges(auth.unitId, valid, serverTime, { officerId: auth.officerId });
      const device = await store.deviceState(auth.unitId, deviceId);
      const response: PushResponse = { serverTime, receipts: inRequestOrder(changes, checked, stored), device };
      return c.json(response);
    },
  );
  return route;
}

/** Interleaves the store's receipts (for the valid changes) with the rejections, in request order. */
function inRequestOrder(
  changes: readonly { changeId: string }[],
  checked: readonly ChangeValidation[],
  stored: readonly Receipt[],
): Receipt[] {
  const fromStore = stored[Symbol.iterator]();
  return checked.map((result, index): Receipt => {
    if (!result.ok) return { changeId: changes[index]?.changeId ?? '', status: 'rejected', reason: result.reason };
    const next = fromStore.next();
    if (next.done === true) throw new Error('store answered fewer receipts than changes');
    return next.value;
  });
}
