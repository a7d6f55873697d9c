import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as v from 'valibot';
import { PushRequestSchema, type PushResponse, type Receipt } from '../../sync/protocol.ts';
import { describeIssues, VIETNAMESE_MESSAGES } from '../describeIssues.ts';
import { DEFAULT_UNIT_ID, type SyncStore } from '../store/syncStore.ts';
import { validateChange, type ChangeValidation } from '../validateChange.ts';
import { errorBody } from './errorBody.ts';
import { protocolMismatch } from './protocolCheck.ts';

/** Largest push body accepted, in bytes (500 dossier snapshots take well under 1 MB). */
export const MAX_PUSH_BODY_BYTES = 2 * 1024 * 1024;

/** What the sync route needs. */
export interface SyncRouteDeps {
  readonly store: SyncStore;
  readonly now: () => Date;
}

/** `POST /sync`: checks a push, stores its valid changes and answers one receipt per change. */
export function syncRoute({ store, now }: SyncRouteDeps): Hono {
  const route = new Hono();
  route.post(
    '/sync',
    bodyLimit({
      maxSize: MAX_PUSH_BODY_BYTES,
      onError: (c) => c.json(errorBody('Dữ liệu gửi lên quá lớn (tối đa 2 MB). Hãy gửi ít thay đổi hơn mỗi lần.'), 413),
    }),
    async (c) => {
      let body: unknown;
      try {
        body = JSON.parse(await c.req.text());
      } catch {
        return c.json(errorBody('Nội dung gửi lên không phải JSON hợp lệ.'), 400);
      }
      const mismatch = protocolMismatch(body);
      if (mismatch !== null) return c.json(errorBody(mismatch.error), mismatch.status);
      const parsed = v.safeParse(PushRequestSchema, body, VIETNAMESE_MESSAGES);
      if (!parsed.success) {
        return c.json(errorBody(`Yêu cầu đồng bộ không đúng định dạng: ${describeIssues(parsed.issues)}`), 400);
      }
      const { deviceId, changes } = parsed.output;
      const checked = await Promise.all(changes.map((item) => validateChange(item, deviceId)));
      const valid = checked.flatMap((result) => (result.ok ? [result.change] : []));
      const serverTime = now().toISOString();
      const stored = await store.applyChanges(DEFAULT_UNIT_ID, valid, serverTime);
      const response: PushResponse = { serverTime, receipts: inRequestOrder(changes, checked, stored) };
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
