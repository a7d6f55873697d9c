import { DossierHistoryResponseSchema, PROTOCOL_VERSION, type DossierHistoryResponse } from '../protocol.ts';
import { serverJson, serverResponse } from './httpTransport.ts';
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
      const url = `${baseUrl}/api/dossiers/${encodeURIComponent(dossierId)}/history?${params.toString()}`;
      return serverJson(await serverResponse(fetchImpl, url, {}, token, OFFLINE_MESSAGE), DossierHistoryResponseSchema);
    },
  };
}
