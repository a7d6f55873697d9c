import { Dexie } from 'dexie';
import type { SoMotCuaDatabase } from './database.ts';
import { writeWithRecovery } from './reopen.ts';

/**
 * A desk write through `writeWithRecovery` (reopen once on a lost connection, StorageFullError
 * on a full disk: issue 7, item 4), unless it runs inside a transaction someone else opened:
 * then that transaction's owner recovers it as a whole, and reopening here would close the
 * connection under it.
 */
export function recoveredWrite<T>(db: SoMotCuaDatabase, write: () => Promise<T>): Promise<T> {
  return Dexie.currentTransaction ? write() : writeWithRecovery(db, write);
}
