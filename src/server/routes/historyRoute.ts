import { Hono } from 'hono';
import * as v from 'valibot';
import type { DossierHistoryResponse } from '../../sync/protocol.ts';
import { describeIssues, VIETNAMESE_MESSAGES } from '../describeIssues.ts';
import type { AccessStore } from '../store/accessStore.ts';
import type { SyncStore } from '../store/syncStore.ts';
import { errorBody } from './errorBody.ts';
import { queryProtocolCheck } from './queryProtocol.ts';
import { requireToken, type AuthEnv } from './requireToken.ts';
import { requireUnitRead } from './unitScope.ts';

/** What the history route needs. */
export interface HistoryRouteDeps {
  readonly store: SyncStore;
  readonly access: AccessStore;
  readonly now: () => Date;
}

/** 404 for a dossier the unit does not hold. */
export const DOSSIER_NOT_FOUND = 'Không có hồ sơ này trong dữ liệu của đơn vị trên máy chủ.';

const HistoryQuerySchema = v.object({
  protocol: v.pipe(v.string(), v.regex(/^\d{1,6}$/, 'protocol phải là số nguyên không âm')),
  unit: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(64))),
});

const DossierIdSchema = v.pipe(v.string(), v.regex(/^[0-9a-f-]{36}$/i, 'mã hồ sơ không đúng định dạng'));

/**
 * `GET /dossiers/:id/history?protocol=2[&unit=<id>]`: the dossier's audit trail on the server,
 * oldest first, each entry with the officer's name. Scoped like a pull: any token reads its
 * own unit, a supervisor also the units below it (403 otherwise); 404 when the unit has no
 * such dossier.
 */
export function historyRoute({ store, access, now }: HistoryRouteDeps): Hono<AuthEnv> {
  const route = new Hono<AuthEnv>();
  route.get(
    '/dossiers/:id/history',
    queryProtocolCheck(),
    requireToken(access),
    requireUnitRead(access, (c) => c.req.query('unit') ?? c.get('auth').unitId),
    async (c) => {
      const query = v.safeParse(HistoryQuerySchema, c.req.query(), VIETNAMESE_MESSAGES);
      const id = v.safeParse(DossierIdSchema, c.req.param('id'), VIETNAMESE_MESSAGES);
      if (!query.success) return c.json(errorBody(`Yêu cầu lịch sử không đúng định dạng: ${describeIssues(query.issues)}`), 400);
      if (!id.success) return c.json(errorBody(`Yêu cầu lịch sử không đúng định dạng: ${describeIssues(id.issues)}`), 400);
      const unitId = query.output.unit ?? c.get('auth').unitId;
      const entries = await store.dossierHistory(unitId, id.output);
      if (entries === null) return c.json(errorBody(DOSSIER_NOT_FOUND), 404);
      const names = new Map((await access.listOfficers(unitId)).map((officer) => [officer.officerId, officer.name]));
      const response: DossierHistoryResponse = {
        serverTime: now().toISOString(),
        unitId,
        dossierId: id.output,
        entries: entries.map((entry) => ({ ...entry, officerName: entry.officerId === null ? null : (names.get(entry.officerId) ?? null) })),
      };
      return c.json(response);
    },
  );
  return route;
}
