/** Query keys of the dossier's server history (one factory per feature, TanStack style). */
export const historyKeys = {
  all: ['dossierHistory'] as const,
  /**
   * One dossier's trail in a unit. `freshness` changes whenever the server may hold more
   * (a sync completed, the phone saved another step), so the trail is asked for again.
   */
  dossier: (unitId: string, dossierId: string, freshness: string) => [...historyKeys.all, unitId, dossierId, freshness] as const,
};
