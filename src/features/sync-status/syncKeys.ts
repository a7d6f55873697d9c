/** Query and mutation keys of the sync feature (one factory per feature, TanStack style). */
export const syncKeys = {
  all: ['sync'] as const,
  push: () => [...syncKeys.all, 'push'] as const,
};
