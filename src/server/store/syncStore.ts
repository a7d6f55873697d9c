import type { Dossier } from '../../domain/dossier.ts';
import type { Change, Receipt } from '../../sync/protocol.ts';

/** The only unit until enrollment tokens arrive; created by the first migration. */
export const DEFAULT_UNIT_ID = 'default';

/** A wire change whose payload has been checked as a Dossier and whose hash has been verified. */
export type ValidatedChange = Omit<Change, 'payload'> & { readonly payload: Dossier };

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
  /** Releases the database; the store is unusable afterwards. */
  close(): Promise<void>;
}
