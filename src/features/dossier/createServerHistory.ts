import { createQuery } from '@tanstack/solid-query';
import type { Accessor } from 'solid-js';
import type { HistoryContext } from '../../data/historyStore.ts';
import { httpHistoryClient, type HistoryClient } from '../../sync/client/historyClient.ts';
import type { DossierHistoryResponse } from '../../sync/protocol.ts';
import { historyKeys } from './historyKeys.ts';

/** The history client of the app (the UI never calls fetch itself). */
export const historyClient: HistoryClient = httpHistoryClient();

/**
 * The dossier's audit trail on the server through TanStack Query: asked for only while the
 * phone is enrolled and online, again whenever `freshness` changes; the previous answer stays
 * on screen while the next one loads. Never retried in a loop: the next sync asks again.
 */
export function createServerHistory(dossierId: () => string, context: Accessor<HistoryContext>, online: Accessor<boolean>, freshness: Accessor<string>) {
  return createQuery(() => {
    const enrollment = context().enrollment;
    const id = dossierId();
    return {
      queryKey: historyKeys.dossier(enrollment?.unitId ?? '', id, freshness()),
      enabled: enrollment !== null && online(),
      retry: false,
      staleTime: 30_000,
      placeholderData: (previous: DossierHistoryResponse | undefined) => previous,
      queryFn: (): Promise<DossierHistoryResponse> => {
        if (enrollment === null) throw new Error('not enrolled');
        return historyClient.fetchDossierHistory(id, enrollment.token);
      },
    };
  });
}
