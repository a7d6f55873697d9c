import { SoMotCuaDatabase } from '../src/data/database.ts';
import { readEnrollment } from '../src/data/enrollmentStore.ts';
import { httpSyncTransport } from '../src/sync/client/httpTransport.ts';
import { pushOutbox } from '../src/sync/client/pushOutbox.ts';
import { withPushLock } from '../src/sync/client/pushLock.ts';

/**
 * Pushes the outbox from the service worker, for a Background Sync with no page open: the
 * same push as the page's (src/sync/client), on the same database, under the same lock. Only
 * an enrolled officer's device pushes (a supervisor reads); pulling waits for the page.
 */
export async function pushFromWorker(): Promise<void> {
  const db = new SoMotCuaDatabase();
  try {
    const enrollment = await readEnrollment(db);
    if (enrollment === null || enrollment.role !== 'officer') return;
    await withPushLock(() => pushOutbox(db, httpSyncTransport(), enrollment.token));
  } finally {
    db.close();
  }
}
