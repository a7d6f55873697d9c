import type { Dossier } from '../../domain/dossier.ts';
import { historyEntryFor, type FieldChange } from '../../domain/dossierHistory.ts';
import { readAnyDossier } from '../../domain/upgradeDossier.ts';
import { canonicalJson } from '../../sync/canonicalJson.ts';
import type { AuditEntry, Entity } from '../../sync/protocol.ts';
import type { MergedRecord } from './mergeIncoming.ts';
import { parsedJson } from './mergeIncoming.ts';
import type { ChangeRow } from './rows.ts';

/**
 * One row of `audit_entries` (migration 5): append-only, one per accepted change whose merge
 * changed something visible. `fields` is JSON text, or null for a change written whole (a
 * receipt: its fields are its payload, which `changes` already holds, so it is not copied).
 */
export interface AuditRow {
  readonly unitId: string;
  readonly auditSeq: number;
  readonly entity: Entity;
  readonly entityId: string;
  readonly changeId: string;
  readonly deviceId: string;
  readonly seq: number;
  readonly officerId: string | null;
  readonly action: string;
  readonly fields: string | null;
  readonly changedAt: string;
  readonly receivedAt: string;
}

/** The audit row's columns in table order, with the AuditRow key each one takes. */
export const AUDIT_COLUMNS: ReadonlyArray<readonly [column: string, parameter: keyof AuditRow]> = [
  ['unit_id', 'unitId'],
  ['audit_seq', 'auditSeq'],
  ['entity', 'entity'],
  ['entity_id', 'entityId'],
  ['change_id', 'changeId'],
  ['device_id', 'deviceId'],
  ['seq', 'seq'],
  ['officer_id', 'officerId'],
  ['action', 'action'],
  ['fields', 'fields'],
  ['changed_at', 'changedAt'],
  ['received_at', 'receivedAt'],
];

/** Fields that only follow others; never an audited change of their own (as on the device). */
const DERIVED: ReadonlySet<string> = new Set(['updatedAt', 'schemaVersion']);

/**
 * The top-level fields whose JSON differs between two copies of a record (absent reads as
 * null), by field name (stored JSON has no key order of its own: SQLite keeps canonical text,
 * PostgreSQL's jsonb its own order).
 */
export function fieldChanges(before: Readonly<Record<string, unknown>> | undefined, after: Readonly<Record<string, unknown>>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of [...new Set([...Object.keys(before ?? {}), ...Object.keys(after)])].sort()) {
    if (DERIVED.has(field)) continue;
    const was = before?.[field] ?? null;
    const now = after[field] ?? null;
    if (canonicalJson(was) !== canonicalJson(now)) changes.push({ field, before: was, after: now });
  }
  return changes;
}

/** The step a change amounts to: the device's words for a dossier (historyEntryFor), received/edited for feedback. */
function actionOf(entity: Entity, before: Readonly<Record<string, unknown>> | undefined, after: Readonly<Record<string, unknown>>): string {
  // A new record is a receipt (as historyEntryFor says), without comparing every field of it.
  if (before === undefined) return 'received';
  return entity === 'dossier' ? historyEntryFor(before as Dossier, after as Dossier, null).action : 'edited';
}

/** Where an audit row comes from besides the change: its place in the unit's order and the token's officer. */
export interface AuditSource {
  readonly auditSeq: number;
  readonly officerId: string | null;
}

/**
 * The audit row of an accepted change that merged `before` (the stored copy, undefined for a
 * new record) into `merged`, or null when nothing visible changed (only clocks or `updatedAt`):
 * such a change is in `changes` but not in the trail.
 */
export function auditRowFor(change: ChangeRow, before: Readonly<Record<string, unknown>> | undefined, merged: MergedRecord, source: AuditSource): AuditRow | null {
  const after = merged.record as Readonly<Record<string, unknown>>;
  const base = {
    unitId: change.unitId,
    auditSeq: source.auditSeq,
    entity: merged.entity,
    entityId: change.entityId,
    changeId: change.changeId,
    deviceId: change.deviceId,
    seq: change.seq,
    officerId: source.officerId,
    action: actionOf(merged.entity, before, after),
    changedAt: change.changedAt,
    receivedAt: change.receivedAt,
  };
  if (before === undefined) return { ...base, fields: null };
  const changes = fieldChanges(before, after);
  return changes.length === 0 ? null : { ...base, fields: canonicalJson(changes) };
}

/** An audit row as the history query reads it; `payload` only for rows without `fields`. */
export interface AuditReadRow {
  readonly auditSeq: number | string;
  readonly changeId: string;
  readonly deviceId: string;
  readonly seq: number;
  readonly officerId: string | null;
  readonly action: string | null;
  readonly fields: unknown;
  readonly payload: unknown;
  readonly changedAt: string;
  readonly receivedAt: string;
}

/** The history query: one record's entries, oldest first, with the payload of those written whole. */
export function auditReadQuery(placeholder: (n: number) => string): string {
  return `SELECT a.audit_seq AS "auditSeq", a.change_id AS "changeId", a.device_id AS "deviceId", a.seq AS seq,
      a.officer_id AS "officerId", a.action AS action, a.fields AS fields,
      CASE WHEN a.fields IS NULL THEN c.payload END AS payload,
      a.changed_at AS "changedAt", a.received_at AS "receivedAt"
    FROM audit_entries a JOIN changes c ON c.unit_id = a.unit_id AND c.change_id = a.change_id
    WHERE a.unit_id = ${placeholder(1)} AND a.entity = ${placeholder(2)} AND a.entity_id = ${placeholder(3)}
    ORDER BY a.audit_seq`;
}

/** An audit entry as the store answers it (the route adds the officer's name). */
export type StoredAuditEntry = Omit<AuditEntry, 'officerName'>;

/**
 * The entries of one record from its rows, oldest first. An entry written whole (a receipt,
 * or a change carried over by migration 5) gets its fields as the difference between its
 * payload and the record as the entries before it left it.
 */
export function auditEntriesOf(entity: Entity, rows: readonly AuditReadRow[]): StoredAuditEntry[] {
  let state: Record<string, unknown> | undefined;
  return rows.map((row): StoredAuditEntry => {
    let fields: FieldChange[];
    let action = row.action;
    if (row.fields === null || row.fields === undefined) {
      const payload = readable(entity, parsedJson(row.payload));
      fields = fieldChanges(state, payload);
      action ??= actionOf(entity, state, payload);
      state = { ...payload };
    } else {
      fields = parsedJson(row.fields) as FieldChange[];
      if (state !== undefined) for (const change of fields) state[change.field] = change.after;
    }
    return {
      auditSeq: Number(row.auditSeq),
      changeId: row.changeId,
      deviceId: row.deviceId,
      seq: Number(row.seq),
      officerId: row.officerId,
      action: action ?? 'edited',
      at: row.changedAt,
      receivedAt: row.receivedAt,
      fields,
    };
  });
}

/** A stored payload in the current shape (dossiers of schema 1 upgraded), as a plain record. */
function readable(entity: Entity, payload: unknown): Readonly<Record<string, unknown>> {
  if (entity === 'dossier') {
    const read = readAnyDossier(payload);
    if (read.success) return read.output as Readonly<Record<string, unknown>>;
  }
  return typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : {};
}
