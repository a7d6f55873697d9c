import { Hono } from 'hono';
import * as v from 'valibot';
import { MAX_PULL_PAGE, type PullResponse } from '../../sync/protocol.ts';
import { describeIssues, VIETNAMESE_MESSAGES } from '../describeIssues.ts';
import type { AccessStore } from '../store/accessStore.ts';
import type { SyncStore } from '../store/syncStore.ts';
import { errorBody } from './errorBody.ts';
import { queryProtocolCheck } from './queryProtocol.ts';
import { requireToken, type AuthEnv } from './requireToken.ts';
import { requireUnitRead } from './unitScope.ts';

/** What the pull route needs. */
export interface PullRouteDeps {
  readonly store: SyncStore;
  readonly access: AccessStore;
  readonly now: () => Date;
}

const Digits = (name: string) => v.pipe(v.string(), v.regex(/^\d{1,15}$/, `${name} phải là số nguyên không âm`), v.transform(Number));

const PullQuerySchema = v.object({
  protocol: Digits('protocol'),
  since: v.optional(Digits('since'), '0'),
  limit: v.optional(v.pipe(Digits('limit'), v.minValue(1, 'limit phải từ 1'), v.maxValue(MAX_PULL_PAGE, `limit tối đa ${MAX_PULL_PAGE}`)), String(MAX_PULL_PAGE)),
  unit: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(64))),
});

/**
 * `GET /pull?protocol=2&since=<cursor>[&limit=n][&unit=<id>]`: the unit's records written
 * after the cursor, in write order, with the device's state for data-loss checks. Any token
 * may pull its own unit; a supervisor also the units below it.
 */
export function pullRoute({ store, access, now }: PullRouteDeps): Hono<AuthEnv> {
  const route = new Hono<AuthEnv>();
  route.get(
    '/pull',
    queryProtocolCheck(),
    requireToken(access),
    requireUnitRead(access, (c) => c.req.query('unit') ?? c.get('auth').unitId),
    async (c) => {
      const parsed = v.safeParse(PullQuerySchema, c.req.query(), VIETNAMESE_MESSAGES);
      if (!parsed.success) return c.json(errorBody(`Yêu cầu tải về không đúng định dạng: ${describeIssues(parsed.issues)}`), 400);
      const auth = c.get('auth');
      const { since, limit, unit = auth.unitId } = parsed.output;
      const serverTime = now().toISOString();
      const [page, device] = await Promise.all([store.pullSince(unit, since, limit), store.deviceState(auth.unitId, auth.deviceId)]);
      const response: PullResponse = { serverTime, records: page.records, cursor: String(page.cursor), more: page.more, device };
      return c.json(response);
    },
  );
  return route;
}
