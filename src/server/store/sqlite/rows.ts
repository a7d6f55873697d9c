import { canonicalJson } from '../../../sync/canonicalJson.ts';
import { toUtcIso } from '../../instant.ts';
import type { ValidatedChange } from '../syncStore.ts';

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

/** Named parameters of one `dossiers` row. */
export interface DossierRow {
  readonly unitId: string;
  readonly id: string;
  readonly procedureId: string;
  readonly procedureCode: string | null;
  readonly procedureName: string;
  readonly field: string;
  readonly channel: string;
  readonly receivedAt: string;
  readonly appointmentDate: string;
  readonly status: string;
  readonly resolvedAt: string | null;
  readonly returnedAt: string | null;
  readonly digitized: 0 | 1;
  readonly electronicResult: 0 | 1;
  readonly data: string;
  readonly updatedAt: string;
  readonly changeId: string;
}

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

/** The `dossiers` row for the snapshot a change carries. */
export function dossierRow(unitId: string, change: ValidatedChange): DossierRow {
  const d = change.payload;
  return {
    unitId,
    id: d.id,
    procedureId: d.procedure.id,
    procedureCode: d.procedure.code ?? null,
    procedureName: d.procedure.name,
    field: d.procedure.field,
    channel: d.channel,
    receivedAt: utc(d.receivedAt),
    appointmentDate: d.appointmentDate,
    status: d.status,
    resolvedAt: d.resolvedAt === undefined ? null : utc(d.resolvedAt),
    returnedAt: d.returnedAt === undefined ? null : utc(d.returnedAt),
    digitized: d.digitized ? 1 : 0,
    electronicResult: d.electronicResult ? 1 : 0,
    data: canonicalJson(d),
    updatedAt: utc(d.updatedAt),
    changeId: change.changeId,
  };
}

/** Validation already proved every timestamp readable; the raw text is kept if one is not. */
function utc(iso: string): string {
  return toUtcIso(iso) ?? iso;
}
