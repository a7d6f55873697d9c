import * as v from 'valibot';
import { DossierSchema, type Dossier } from '../../domain/dossier.ts';
import { FeedbackSchema, type Feedback } from '../../domain/feedback.ts';
import { readAnyDossier } from '../../domain/upgradeDossier.ts';
import { mergeInto, type ClockedSnapshot } from '../../sync/merge/mergeSnapshots.ts';
import { layoutOf } from '../../sync/merge/registerLayout.ts';
import { legacyClocks } from '../../sync/merge/stampClocks.ts';
import type { Entity, RegisterClocks } from '../../sync/protocol.ts';
import type { ValidatedChange } from './syncStore.ts';

/** A record as a store holds it: its data and clocks (JSON text or already parsed), and who sent it last. */
export interface StoredRecord {
  readonly data: unknown;
  /** NULL for rows written before merging existed. */
  readonly clocks: unknown;
  /** The device of the change the row was last written from (the node of legacy clocks). */
  readonly deviceId: string;
}

/** The record to store after merging, with its register clocks. */
export type MergedRecord =
  | { readonly entity: 'dossier'; readonly record: Dossier; readonly clocks: RegisterClocks }
  | { readonly entity: 'feedback'; readonly record: Feedback; readonly clocks: RegisterClocks };

/**
 * Merges an incoming change into the stored copy of its record, register by register
 * (`mergeSnapshots`). Null when the stored copy already holds everything the change
 * carries (a replay, or an older edit every register of which has been overtaken): nothing
 * to write, and the unit's pull order does not move.
 */
export function mergeIncoming(stored: StoredRecord | undefined, change: ValidatedChange): MergedRecord | null {
  return mergeWith(stored === undefined ? undefined : clockedSnapshot(change.entity, stored), change);
}

function mergeWith(stored: ClockedSnapshot | undefined, change: ValidatedChange): MergedRecord | null {
  const layout = layoutOf(change.entity);
  const clocks = change.clocks ?? legacyClocks(layout, change.payload, change.deviceId);
  // A new record is the change's payload itself, already validated on the way in.
  if (stored === undefined) return change.entity === 'dossier' ? { entity: 'dossier', record: change.payload, clocks } : { entity: 'feedback', record: change.payload, clocks };
  const incoming: ClockedSnapshot = { value: change.payload, clocks };
  const merged = mergeInto(layout, stored, incoming);
  return merged === null ? null : typed(change.entity, merged);
}

/** A stored row as merging sees it: data upgraded to the current shape, clocks filled in for legacy rows. */
export function clockedSnapshot(entity: Entity, stored: StoredRecord): ClockedSnapshot {
  const data = parsedJson(stored.data);
  const value = entity === 'dossier' ? upgradedDossier(data) : (data as Record<string, unknown>);
  const clocks = stored.clocks === null ? legacyClocks(layoutOf(entity), value, stored.deviceId) : (parsedJson(stored.clocks) as RegisterClocks);
  return { value, clocks };
}

/** Merged snapshots are valid by construction (groups keep checked fields together); a failure here is a bug, and aborts the batch. */
function typed(entity: Entity, snapshot: ClockedSnapshot): MergedRecord {
  return entity === 'dossier'
    ? { entity, record: v.parse(DossierSchema, snapshot.value), clocks: snapshot.clocks }
    : { entity, record: v.parse(FeedbackSchema, snapshot.value), clocks: snapshot.clocks };
}

function upgradedDossier(data: unknown): Dossier {
  const read = readAnyDossier(data);
  if (!read.success) throw new Error('Bản ghi hồ sơ trong cơ sở dữ liệu không đọc được.');
  return read.output;
}

/** SQLite hands back JSON as text, PostgreSQL's jsonb as objects. */
export function parsedJson(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}

/** The reason a change is rejected when the stored copy it must merge with cannot be read. */
export const UNREADABLE_STORED = 'Bản ghi này trên máy chủ không đọc được nên chưa gộp được thay đổi; hãy báo quản trị viên.';

/**
 * `mergeIncoming`, or null-with-a-reason when the stored copy cannot be read (e.g. a row a later
 * schema no longer accepts): that one change is rejected, the rest of its batch goes on.
 */
export function tryMergeIncoming(
  stored: StoredRecord | undefined,
  change: ValidatedChange,
): { ok: true; merged: MergedRecord | null; before: Readonly<Record<string, unknown>> | undefined } | { ok: false } {
  try {
    // `before` (the stored copy as merging reads it) is what the audit trail compares with.
    const before = stored === undefined ? undefined : clockedSnapshot(change.entity, stored);
    return { ok: true, merged: mergeWith(before, change), before: before?.value };
  } catch {
    return { ok: false };
  }
}
