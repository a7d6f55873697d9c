import type { Dossier } from '../../domain/dossier.ts';
import type { Feedback } from '../../domain/feedback.ts';
import type { Change, Receipt } from '../../sync/protocol.ts';

/** The only unit until enrollment tokens arrive; created by the first migration. */
export const DEFAULT_UNIT_ID = 'default';

type CheckedEnvelope = Omit<Change, 'entity' | 'payload'>;

/** A verified change whose payload is a dossier in the current shape (older versions upgraded). */
export type ValidatedDossierChange = CheckedEnvelope & { readonly entity: 'dossier'; readonly payload: Dossier };

/** A verified change whose payload is a piece of feedback (phản ánh, kiến nghị). */
export type ValidatedFeedbackChange = CheckedEnvelope & { readonly entity: 'feedback'; readonly payload: Feedback };

/** A wire change whose hash has been verified and whose payload has been checked for its entity. */
export type ValidatedChange = ValidatedDossierChange | ValidatedFeedbackChange;

/**
 * Where pushed changes land. Every record is keyed by unit first, so a unit's data can later
 * live on one shard. Methods return promises so a networked database can implement it too.
 */
export interface SyncStore {
  /**
   * Writes a batch in one transaction and answers one receipt per change, in the same order,
   * only after the commit. Throws (and writes nothing) when the transaction fails.
   */
  applyChanges(unitId: string, changes: readonly ValidatedChange[], receivedAt: string): Promise<Receipt[]>;
  /** How many dossiers the unit has. */
  countDossiers(unitId: string): Promise<number>;
  /** How many pieces of feedback the unit has. */
  countFeedback(unitId: string): Promise<number>;
  /** Releases the database; the store is unusable afterwards. */
  close(): Promise<void>;
}
