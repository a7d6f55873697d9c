import type { Dossier } from '../../domain/dossier.ts';
import { getDossier, saveDossier } from '../../data/dossierStore.ts';
import { useServices, type Services } from '../../app/services.ts';
import { syncAfterSave } from '../../app/backgroundSync.ts';
import { t } from '../../ui/i18n/t.ts';
import { InputError } from './actionError.ts';
import { offerUndo } from './undoToast.tsx';
import { isStillCurrent, undoSnapshot } from './undoSnapshot.ts';

/** Saves an action's result, and offers to undo it. `done` reads "Đã …" (the toast's text). */
export type CommitChange = (before: Dossier, after: Dossier, done: string, afterSave?: () => void) => Promise<void>;

/** The commit function of the running app: save (dossier, outbox, history, aggregates), sync, offer undo. */
export function useCommitChange(): CommitChange {
  const services = useServices();
  return (before, after, done, afterSave) => commitChange(services, before, after, done, afterSave);
}

/** Saves `after`, pushes it, runs `afterSave` (e.g. a navigation), then offers "Hoàn tác" back to `before`. */
export async function commitChange(
  services: Pick<Services, 'db' | 'sync'>,
  before: Dossier,
  after: Dossier,
  done: string,
  afterSave?: () => void,
): Promise<void> {
  await saveDossier(services.db, after, before);
  syncAfterSave(services.sync);
  afterSave?.();
  offerUndo(done, async () => {
    const stored = await getDossier(services.db, after.id);
    if (!isStillCurrent(stored, after)) throw new InputError(t('hồ sơ đã thay đổi sau thao tác này.'));
    await saveDossier(services.db, undoSnapshot(before, new Date(), stored), after);
    syncAfterSave(services.sync);
  });
}
