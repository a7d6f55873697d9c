import type { Dossier } from '../../domain/dossier.ts';

/** The snapshot that undoes a save: `previous` again, stamped `now` (and after the snapshot it replaces). */
export function undoSnapshot(previous: Dossier, now: Date, replacing?: Pick<Dossier, 'updatedAt'>): Dossier {
  // Saved as a new change, so the history keeps both entries (append-only); a void is undone
  // the same way, since `previous` has no `voidedAt`. Last-writer-wins sync orders snapshots
  // by `updatedAt`: the undo must be later than what it replaces even if the clock stepped back.
  const floor = replacing === undefined ? Number.NEGATIVE_INFINITY : Date.parse(replacing.updatedAt) + 1;
  return { ...previous, updatedAt: new Date(Math.max(now.getTime(), floor)).toISOString() };
}

/** True while the stored dossier is still the snapshot an action saved: nothing changed it since. */
export function isStillCurrent(stored: Pick<Dossier, 'updatedAt'> | undefined, saved: Pick<Dossier, 'updatedAt'>): boolean {
  return stored !== undefined && stored.updatedAt === saved.updatedAt;
}
