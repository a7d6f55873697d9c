import type { Dossier } from '../../domain/dossier.ts';
import type { Feedback } from '../../domain/feedback.ts';
import type { DayRange } from '../../domain/periods/dayRange.ts';
import type { StoredAuditEntry } from './auditTrail.ts';
import type { UnitFlowReport } from './districtReport.ts';
import type { UnitRecord } from './periodRecords.ts';
import type { Change, DeviceState, PulledRecord, Receipt } from '../../sync/protocol.ts';

/** The only unit until enrollment tokens arrive; created by the first migration. */
export const DEFAULT_UNIT_ID = 'default';

type CheckedEnvelope = Omit<Change, 'entity' | 'payload'>;

/** A verified change whose payload is a dossier in the current shape (older versions upgraded). */
export type ValidatedDossierChange = CheckedEnvelope & { readonly entity: 'dossier'; readonly payload: Dossier };

/** A verified change whose payload is a piece of feedback (phản ánh, kiến nghị). */
export type ValidatedFeedbackChange = CheckedEnvelope & { readonly entity: 'feedback'; readonly payload: Feedback };

/** A wire change whose hash has been verified and whose payload has been checked for its entity. */
export type ValidatedChange = ValidatedDossierChange | ValidatedFeedbackChange;

/** Who pushed a batch: the officer the device's token names, kept in the audit trail. */
export interface ChangeAuthor {
  readonly officerId: string;
}

/** One page of a pull. */
export interface PullPage {
  readonly records: PulledRecord[];
  readonly cursor: number;
  readonly more: boolean;
}

/** Most gaps a device state lists: enough to tell the officer, bounded for a badly broken device. */
export const MAX_REPORTED_GAPS = 20;

/**
 * Where pushed changes land. Every record is keyed by unit first, so a unit's data can later
 * live on one shard. Methods return promises so a networked database can implement it too.
 */
export interface SyncStore {
  /**
   * Writes a batch in one transaction and answers one receipt per change, in the same order,
   * only after the commit. Throws (and writes nothing) when the transaction fails.
   */
  applyChanges(unitId: string, changes: readonly ValidatedChange[], receivedAt: string, author?: ChangeAuthor): Promise<Receipt[]>;
  /**
   * A dossier's audit trail in the unit, oldest first (`audit_entries`, written by
   * `applyChanges` in the same transaction, never changed); null when the unit has no such dossier.
   */
  dossierHistory(unitId: string, dossierId: string): Promise<StoredAuditEntry[] | null>;
  /**
   * The unit's records written after `cursor` (0 for everything), at most `limit`, in the
   * order they were written; `cursor` of the answer is where the next page starts.
   */
  pullSince(unitId: string, cursor: number, limit: number): Promise<PullPage>;
  /** What the server holds of a device's changes: its highest `seq` and the gaps below it. */
  deviceState(unitId: string, deviceId: string): Promise<DeviceState>;
  /**
   * Biểu 06 for each unit over a period (Vietnam days), computed with the phones' own domain
   * code; a district's report reads only what was open during the period.
   */
  districtReport(unitIds: readonly string[], range: DayRange): Promise<UnitFlowReport[]>;
  /**
   * The units' dossiers a period's reports read whole (register, indicators, per officer):
   * received by the period's last day and not ended before its first (Vietnam days), voided
   * entries left out; in no particular order.
   */
  dossiersOpenDuring(unitIds: readonly string[], range: DayRange): Promise<UnitRecord<Dossier>[]>;
  /** The units' feedback received by the period's last day and not handled before its first. */
  feedbackDuring(unitIds: readonly string[], range: DayRange): Promise<UnitRecord<Feedback>[]>;
  /** How many dossiers the unit has. */
  countDossiers(unitId: string): Promise<number>;
  /** How many pieces of feedback the unit has. */
  countFeedback(unitId: string): Promise<number>;
  /** Releases the database; the store is unusable afterwards. */
  close(): Promise<void>;
}
