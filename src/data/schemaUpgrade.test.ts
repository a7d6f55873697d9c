import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { aggregate } from '../domain/indicators/aggregate.ts';
import { dossierContributions } from '../domain/indicators/contributions.ts';
import { STARTER_PROCEDURES } from '../domain/starterProcedures.ts';
import { uuidv7 } from '../domain/uuidv7.ts';
import { SoMotCuaDatabase } from './database.ts';
import { SCHEMA_V1 } from './schemaVersions.ts';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** Writes a database exactly as the walking skeleton (schema version 1) did. */
async function writeVersion1(name: string, records: { dossiers: unknown[]; outbox: unknown[] }): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(SCHEMA_V1);
  await old.open();
  await old.table('dossiers').bulkAdd(records.dossiers);
  await old.table('outbox').bulkAdd(records.outbox);
  await old.table('meta').bulkAdd([{ key: 'deviceId', value: uuidv7() }, { key: 'nextSeq', value: 3 }]);
  old.close();
}

const v1Resolved = {
  schemaVersion: 1,
  id: uuidv7(Date.parse('2026-11-20T02:00:00Z')),
  procedure: { id: 'khai-sinh', code: '1.001193', name: 'Đăng ký khai sinh', field: 'Hộ tịch', timeLimitDays: 0 },
  channel: 'online_full',
  receivedAt: '2026-11-20T02:00:00.000Z',
  appointmentDate: '2026-11-20',
  status: 'resolved',
  resolvedAt: '2026-11-20T03:00:00.000Z',
  digitized: true,
  electronicResult: false,
  updatedAt: '2026-11-20T03:00:00.000Z',
};
const v1Received = {
  ...v1Resolved,
  id: uuidv7(Date.parse('2026-11-21T02:00:00Z')),
  procedure: { id: 'xn', name: 'Cấp Giấy xác nhận tình trạng hôn nhân', field: 'Hộ tịch', timeLimitDays: 3 },
  channel: 'in_person',
  receivedAt: '2026-11-23T02:00:00.000Z',
  appointmentDate: '2026-11-26',
  status: 'received',
  resolvedAt: undefined,
  digitized: false,
  updatedAt: '2026-11-23T02:00:00.000Z',
};
const pendingChange = { seq: 2, changeId: uuidv7(), deviceId: uuidv7(), entity: 'dossier', entityId: v1Received.id, at: v1Received.updatedAt, payload: v1Received, hash: 'a'.repeat(64), state: 'pending' };

describe('IndexedDB upgrade v1 → v2', () => {
  it('upgrades every dossier without loss, keeps the queued changes, seeds the catalogue and builds aggregates', async () => {
    const name = `upgrade-${uuidv7()}`;
    names.push(name);
    await writeVersion1(name, { dossiers: [v1Resolved, v1Received], outbox: [pendingChange] });

    const db = new SoMotCuaDatabase(name);
    await db.open();
    expect(db.verno).toBe(3);

    const resolved = await db.dossiers.get(v1Resolved.id);
    expect(resolved).toMatchObject({
      schemaVersion: 2,
      procedure: { id: 'khai-sinh', code: '1.001193', name: 'Đăng ký khai sinh', field: 'Hộ tịch', timeLimit: { unit: 'same_day' } },
      channel: 'online_full',
      receivedAt: v1Resolved.receivedAt,
      dueDate: '2026-11-20',
      appointmentDate: '2026-11-20',
      status: 'resolved',
      resolvedAt: v1Resolved.resolvedAt,
      digitized: true,
      electronicResult: false,
      supplementRequests: [],
      reusedData: false,
    });
    const received = await db.dossiers.get(v1Received.id);
    expect(received?.procedure.timeLimit).toEqual({ unit: 'working_days', amount: 3 });
    expect(received?.status).toBe('received');

    // The queued change is untouched: same payload (v1) and hash, still pending.
    expect(await db.outbox.toArray()).toEqual([pendingChange]);
    expect((await db.meta.get('nextSeq'))?.value).toBe(3);

    expect(await db.procedures.count()).toBe(STARTER_PROCEDURES.length);
    const expected = aggregate([resolved!, received!].map((d) => dossierContributions(d)));
    expect((await db.aggregates.toArray()).sort((a, b) => a.key.localeCompare(b.key))).toEqual([...expected.values()].sort((a, b) => a.key.localeCompare(b.key)));
    db.close();
  });

  it('leaves a record it cannot read exactly as it was', async () => {
    const name = `upgrade-${uuidv7()}`;
    names.push(name);
    const damaged = { id: uuidv7(), something: 'not a dossier' };
    await writeVersion1(name, { dossiers: [damaged], outbox: [] });
    const db = new SoMotCuaDatabase(name);
    expect(await db.dossiers.get(damaged.id)).toEqual(damaged);
    db.close();
  });

  it('seeds the starter catalogue in a brand-new database', async () => {
    const name = `fresh-${uuidv7()}`;
    names.push(name);
    const db = new SoMotCuaDatabase(name);
    expect((await db.procedures.get('khai-sinh'))?.name).toBe('Đăng ký khai sinh');
    db.close();
  });
});
