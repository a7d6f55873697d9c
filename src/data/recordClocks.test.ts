import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { updateFacts } from '../domain/dossierLifecycle.ts';
import { uuidv7 } from '../domain/uuidv7.ts';
import { sampleDossier } from '../../test/helpers/syncFixtures.ts';
import { SoMotCuaDatabase } from './database.ts';
import { saveDossier } from './dossierStore.ts';
import { SCHEMA_V2 } from './schemaVersions.ts';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

function freshName(): string {
  const name = `clocks-${uuidv7()}`;
  names.push(name);
  return name;
}

describe('register clocks on local saves (sync issue, item 2)', () => {
  it('gives every register a clock on the first save, and only the changed register a later one on the next', async () => {
    const db = new SoMotCuaDatabase(freshName());
    const received = sampleDossier();
    await saveDossier(db, received);
    await saveDossier(db, updateFacts(received, new Date(Date.parse(received.updatedAt) + 60_000), { digitized: true }));
    const [first, second] = await db.outbox.toArray();
    const before = first!.clocks!;
    const after = second!.clocks!;
    expect(Object.keys(before)).toEqual(expect.arrayContaining(['timeline', 'channel', 'digitized', 'electronicResult']));
    expect(after['digitized']! > before['digitized']!).toBe(true);
    for (const register of Object.keys(before).filter((r) => r !== 'digitized')) expect(after[register]).toBe(before[register]);
    expect(await db.recordClocks.get(received.id)).toEqual({ id: received.id, entity: 'dossier', clocks: after });
    db.close();
  });

  it('opens a version-2 database (no clocks yet): its records take the clocks of their updatedAt, and pending changes stay as they were', async () => {
    const name = freshName();
    const deviceId = uuidv7();
    const received = sampleDossier();
    const old = new Dexie(name);
    old.version(2).stores(SCHEMA_V2);
    await old.open();
    await old.table('dossiers').add(received);
    await old.table('meta').bulkAdd([{ key: 'deviceId', value: deviceId }, { key: 'nextSeq', value: 2 }]);
    await old.table('outbox').add({ seq: 1, changeId: uuidv7(), deviceId, entity: 'dossier', entityId: received.id, at: received.updatedAt, payload: received, hash: 'a'.repeat(64), state: 'pending' });
    old.close();

    const db = new SoMotCuaDatabase(name);
    await saveDossier(db, updateFacts(received, new Date(Date.parse(received.updatedAt) + 60_000), { digitized: true }));
    const [queued, next] = await db.outbox.toArray();
    expect(queued).toMatchObject({ seq: 1, hash: 'a'.repeat(64) });
    expect(queued?.clocks).toBeUndefined();
    const legacy = `${String(Date.parse(received.updatedAt)).padStart(15, '0')}:000000:${deviceId}`;
    expect(next?.clocks?.['timeline']).toBe(legacy);
    expect(next?.clocks?.['digitized']).not.toBe(legacy);
    db.close();
  });
});
