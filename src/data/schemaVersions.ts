/**
 * Every IndexedDB schema version, as data (Workbox's QueueDb keeps its names and versions as
 * constants the same way). A version is never edited once shipped: tests open a database
 * written with an older one and check the upgrade.
 */
export const SCHEMA_V1 = {
  dossiers: 'id, receivedAt, resolvedAt, returnedAt, status',
  outbox: 'seq, state',
  meta: 'key',
} as const;

/** Version 2 (domain issue): full dossier model, feedback, aggregates, catalogue, settings, plans. */
export const SCHEMA_V2 = {
  dossiers: 'id, receivedAt, resolvedAt, returnedAt, endedAt, status, dueDate, code',
  outbox: 'seq, state',
  meta: 'key',
  feedback: 'id, receivedAt, handledAt',
  aggregates: 'key, slot',
  halfMonthAggregates: 'key, slot',
  procedures: 'id, field',
  settings: 'key',
  plans: 'id',
  manualEntries: 'key, planId',
  history: '++id, dossierId',
} as const;

/** Version 3 (sync issue): the register clocks of every record, for per-field merging. */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  recordClocks: 'id',
} as const;
