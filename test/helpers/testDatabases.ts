import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { SoMotCuaDatabase } from '../../src/data/database.ts';
import { uuidv7 } from '../../src/domain/uuidv7.ts';

/**
 * A factory of fresh, uniquely named app databases on fake-indexeddb for one test file;
 * every database it made is deleted after each test.
 */
export function testDatabases(): () => SoMotCuaDatabase {
  const opened: SoMotCuaDatabase[] = [];
  afterEach(async () => {
    for (const db of opened.splice(0)) await db.delete();
  });
  return () => {
    const db = new SoMotCuaDatabase(`test-${uuidv7()}`);
    opened.push(db);
    return db;
  };
}
