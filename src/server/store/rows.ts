import { canonicalJson } from '../../sync/canonicalJson.ts';
import { storedInstant as utc } from '../instant.ts';
import { isOnlineChannel } from '../../domain/channel.ts';
import { outcomeOf, type Outcome } from '../../domain/deadlines/outcome.ts';
import { endTimeOf, type Dossier } from '../../domain/dossier.ts';
import type { RegisterClocks } from '../../sync/protocol.ts';
import type { ValidatedChange } from './syncStore.ts';

/** Where a stored record's row comes from: the change last written into it, its clocks, its place in the pull order. */
export interface RowSource {
  readonly changeId: string;
  readonly clocks: RegisterClocks;
  readonly pullSeq: number;
  /** The record's canonical JSON when already written (a new record is its change's payload). */
  readonly dataJson?: string;
}

/** Named parameters of one `changes` row. */
export interface ChangeRow {
  readonly unitId: string;
  readonly changeId: string;
  readonly deviceId: string;
  readonly seq: number;
  readonly entity: string;
  readonly entityId: string;
  readonly hash: string;
  readonly payload: string;
  readonly changedAt: string;
  readonly receivedAt: string;
}

/**
 * Named parameters of one `dossiers` row: the facts reports filter and count by. The
 * applicant's personal data is deliberately absent: it lives only inside `data`
 * (Decree 13/2023/NĐ-CP, keep personal data out of what does not need it).
 */
export interface DossierRow {
  readonly unitId: string;
  readonly id: string;
  readonly schemaVersion: number;
  readonly code: string | null;
  readonly officerId: string | null;
  readonly procedureId: string;
  readonly procedureCode: string | null;
  readonly procedureName: string;
  readonly field: string;
  readonly hasFee: 0 | 1;
  readonly certifiedCopy: 0 | 1;
  readonly channel: string;
  readonly receivedAt: string;
  readonly dueDate: string;
  readonly appointmentDate: string;
  readonly apologyDate: string | null;
  readonly status: string;
  readonly resolvedAt: string | null;
  readonly returnedAt: string | null;
  readonly endedAt: string | null;
  readonly digitized: 0 | 1;
  readonly electronicResult: 0 | 1;
  readonly reusedData: 0 | 1;
  readonly paidOnline: 0 | 1;
  readonly returnedByPost: 0 | 1;
  readonly syncedToPortal: 0 | 1;
  readonly electronicCertifiedCopy: 0 | 1;
  readonly satisfaction: string | null;
  readonly complaint: 0 | 1;
  readonly voidedAt: string | null;
  /** When it ended, with a result or without (resolution, else early end). */
  readonly finishedAt: string | null;
  /** Early, on time or late against its due date (domain `outcomeOf`, due-date rule); null while open. */
  readonly outcome: Outcome | null;
  /** Received online, whole or in part (domain `isOnlineChannel`). */
  readonly online: 0 | 1;
  readonly data: string;
  readonly updatedAt: string;
  readonly changeId: string;
  readonly clocks: string;
  readonly pullSeq: number;
}

/** Every `dossiers` column with the DossierRow field that fills it, in table order. */
export const DOSSIER_COLUMNS: ReadonlyArray<readonly [column: string, parameter: keyof DossierRow]> = [
  ['unit_id', 'unitId'],
  ['id', 'id'],
  ['schema_version', 'schemaVersion'],
  ['code', 'code'],
  ['officer_id', 'officerId'],
  ['procedure_id', 'procedureId'],
  ['procedure_code', 'procedureCode'],
  ['procedure_name', 'procedureName'],
  ['field', 'field'],
  ['has_fee', 'hasFee'],
  ['certified_copy', 'certifiedCopy'],
  ['channel', 'channel'],
  ['received_at', 'receivedAt'],
  ['due_date', 'dueDate'],
  ['appointment_date', 'appointmentDate'],
  ['apology_date', 'apologyDate'],
  ['status', 'status'],
  ['resolved_at', 'resolvedAt'],
  ['returned_at', 'returnedAt'],
  ['ended_at', 'endedAt'],
  ['digitized', 'digitized'],
  ['electronic_result', 'electronicResult'],
  ['reused_data', 'reusedData'],
  ['paid_online', 'paidOnline'],
  ['returned_by_post', 'returnedByPost'],
  ['synced_to_portal', 'syncedToPortal'],
  ['electronic_certified_copy', 'electronicCertifiedCopy'],
  ['satisfaction', 'satisfaction'],
  ['complaint', 'complaint'],
  ['voided_at', 'voidedAt'],
  ['finished_at', 'finishedAt'],
  ['outcome', 'outcome'],
  ['online', 'online'],
  ['data', 'data'],
  ['updated_at', 'updatedAt'],
  ['change_id', 'changeId'],
  ['clocks', 'clocks'],
  ['pull_seq', 'pullSeq'],
];

/** The `changes` row for a validated change received at `receivedAt`. */
export function changeRow(unitId: string, change: ValidatedChange, receivedAt: string): ChangeRow {
  return {
    unitId,
    changeId: change.changeId,
    deviceId: change.deviceId,
    seq: change.seq,
    entity: change.entity,
    entityId: change.entityId,
    hash: change.hash,
    payload: canonicalJson(change.payload),
    changedAt: utc(change.at),
    receivedAt: utc(receivedAt),
  };
}

/** The `dossiers` row for a (merged) dossier. */
export function dossierRow(unitId: string, d: Dossier, source: RowSource): DossierRow {
  return {
    unitId,
    id: d.id,
    schemaVersion: d.schemaVersion,
    code: d.code ?? null,
    officerId: d.officerId ?? null,
    procedureId: d.procedure.id,
    procedureCode: d.procedure.code ?? null,
    procedureName: d.procedure.name,
    field: d.procedure.field,
    hasFee: bit(d.procedure.hasFee),
    certifiedCopy: bit(d.procedure.certifiedCopy),
    channel: d.channel,
    receivedAt: utc(d.receivedAt),
    dueDate: d.dueDate,
    appointmentDate: d.appointmentDate,
    apologyDate: d.apology?.newDate ?? null,
    status: d.status,
    resolvedAt: optionalUtc(d.resolvedAt),
    returnedAt: optionalUtc(d.returnedAt),
    endedAt: optionalUtc(d.endedAt),
    digitized: bit(d.digitized),
    electronicResult: bit(d.electronicResult),
    reusedData: bit(d.reusedData),
    paidOnline: bit(d.paidOnline),
    returnedByPost: bit(d.returnedByPost),
    syncedToPortal: bit(d.syncedToPortal),
    electronicCertifiedCopy: bit(d.electronicCertifiedCopy),
    satisfaction: d.satisfaction ?? null,
    complaint: bit(d.complaint),
    voidedAt: optionalUtc(d.voidedAt),
    finishedAt: optionalUtc(endTimeOf(d)),
    outcome: outcomeOf(d),
    online: bit(isOnlineChannel(d.channel)),
    data: source.dataJson ?? canonicalJson(d),
    updatedAt: utc(d.updatedAt),
    changeId: source.changeId,
    clocks: canonicalJson(source.clocks),
    pullSeq: source.pullSeq,
  };
}

/** A yes/no fact as both stores keep it: 0 or 1 (SQLite INTEGER, PostgreSQL smallint). */
export function bit(value: boolean): 0 | 1 {
  return value ? 1 : 0;
}

/** An optional timestamp column: UTC text, or NULL. */
export function optionalUtc(iso: string | undefined): string | null {
  return iso === undefined ? null : utc(iso);
}
