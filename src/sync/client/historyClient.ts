import * as v from 'valibot';
import { AUTH_SCHEME, DossierHistoryResponseSchema, ErrorResponseSchema, PROTOCOL_VERSION, type DossierHistoryResponse } from '../protocol.ts';
import { SyncHttpError } from './httpTransport.ts';
import { OFFLINE_MESSAGE } from './reportClient.ts';

/** The server's audit trail of one dossier (`GET /api/dossiers/:id/history`, docs/API.md). */
export interface HistoryClient {
  fetchDossierHistory(dossierId: string, token: string, unit?: string): Promise<DossierHistoryResponse>;
}

/** The real client over `fetch`; a refusal becomes a SyncHttpError with the server's Vietnamese message, no connection status 0. */
export function httpHistoryClient(baseUrl = '', fetchImpl: typeof fetch = (...args) => fetch(...args)): HistoryClient {
  return {
    async fetchDossierHistory(dossierId, token, unit) {
      const params = new URLSearchParams({ protocol: String(PROTOCOL_VERSION) });
      if (unit !== undefined) params.set('unit', unit);
      let response: Response;
      try {
        response = await fetchImpl(`${baseUrl}/api/dossiers/${encodeURIComponent(dossierId)}/history?${params.toString()}`, {
          headers: { authorization: `${AUTH_SCHEME} ${token}` },
        });
      } catch {
        throw new SyncHttpError(0, OFFLINE_MESSAGE);
      }
      const body: unknown = await response.json().catch(() => null);
      if (!response.ok) {
        const parsed = v.safeParse(ErrorResponseSchema, body);
        throw new SyncHttpError(response.status, parsed.success ? parsed.output.error : `Máy chủ trả lỗi ${response.status}.`);
      }
      const parsed = v.safeParse(DossierHistoryResponseSchema, body);
      if (!parsed.success) throw new SyncHttpError(response.status, 'Máy chủ trả lời không đúng định dạng.');
      return parsed.output;
    },
  };
}
