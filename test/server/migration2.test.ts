import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { endDossier, updateFacts } from '../../src/domain/dossierLifecycle.ts';
import type { DossierV1 } from '../../src/domain/dossierV1.ts';
import { upgradeDossierV1 } from '../../src/domain/upgradeDossier.ts';
import { uuidv7 } from '../../src/domain/uuidv7.ts';
import { storedInstant } from '../../src/server/instant.ts';
import { migrate } from '../../src/server/store/sqlite/migrate.ts';
import { MIGRATIONS } from '../../src/server/store/sqlite/migrations.ts';
import { openSqliteStore } from '../../src/server/store/sqlite/openSqliteStore.ts';
import { canonicalJson } from '../../src/sync/canonicalJson.ts';
import { queryRows } from '../helpers/sqliteRows.ts';
import { fullDossier, sampleDossier, skeletonDossier, tempFolder } from '../helpers/syncFixtures.ts';

// A database file as a server with only migration 1 left it, holding the three kinds of row
// such a server could have written, then opened by the current server (migration 2).
const DEVICE = uuidv7(Date.parse('2025-01-01T00:00:00Z'));

/** What a migration-1 server read from a dossier, v1 or v2, to fill its columns. */
interface LegacyDossier {
  readonly id: string;
  readonly procedure: { readonly id: string; readonly code?: string; readonly name: string; readonly field: string };
  readonly channel: string;
  readonly receivedAt: string;
  readonly appointmentDate: string;
  readonly status: string;
  readonly resolvedAt?: string;
  readonly returnedAt?: string;
  readonly digitized: boolean;
  readonly electronicResult: boolean;
  readonly updatedAt: string;
}

/** Written by the skeleton's server, before dossiers had a version 2: returned, with an e-result. */
const V1: DossierV1 = skeletonDossier({
  status: 'returned',
  returnedAt: '2025-03-07T02:00:00.000Z',
  electronicResult: true,
  updatedAt: '2025-03-07T02:00:00.000Z',
});

/** Written by a server that already upgraded to dossier v2 but still had only migration 1. */
const FULL = fullDossier();

/** An early end whose `data` keeps the Vietnam offset it was sent with. */
const WITHDRAWN = {
  ...endDossier(sampleDossier({ receivedAt: new Date('2025-03-03T02:00:00Z') }), 'withdrawn', new Date('2025-03-03T03:30:00Z'), 'Công dân rút hồ sơ'),
  endedAt: '2025-03-03T10:30:00+07:00',
};

let folder: ReturnType<typeof tempFolder>;
let file: string;

beforeEach(() => {
  folder = tempFolder();
  file = join(folder.dir, 'old.sqlite');
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  expect(migrate(db, MIGRATIONS.slice(0, 1), () => new Date('2025-03-01T00:00:00Z'))).toEqual([1]);
  [V1, FULL, WITHDRAWN].forEach((d, index) => insertAsMigration1Server(db, d, index + 1));
  db.close();
});

afterEach(() => {
  folder.remove();
});

function insertAsMigration1Server(db: Database.Database, d: LegacyDossier, seq: number): void {
  const changeId = uuidv7();
  const data = canonicalJson(d);
  db.prepare(
    `INSERT INTO changes (unit_id, change_id, device_id, seq, entity, entity_id, hash, payload, changed_at, received_at)
     VALUES ('default', ?, ?, ?, 'dossier', ?, ?, ?, ?, '2025-03-08T00:00:00.000Z')`,
  ).run(changeId, DEVICE, seq, d.id, 'a'.repeat(64), data, storedInstant(d.updatedAt));
  db.prepare(
    `INSERT INTO dossiers (unit_id, id, procedure_id, procedure_code, procedure_name, field, channel, received_at,
       appointment_date, status, resolved_at, returned_at, digitized, electronic_result, data, updated_at, change_id)
     VALUES ('default', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    d.id, d.procedure.id, d.procedure.code ?? null, d.procedure.name, d.procedure.field, d.channel, storedInstant(d.receivedAt),
    d.appointmentDate, d.status, d.resolvedAt ?? null, d.returnedAt ?? null, d.digitized ? 1 : 0, d.electronicResult ? 1 : 0,
    data, storedInstant(d.updatedAt), changeId,
  );
}

const NEW_COLUMNS = `id, schema_version, code, officer_id, due_date, ended_at, reused_data, paid_online, has_fee, returned_by_post,
  synced_to_portal, electronic_certified_copy, certified_copy, complaint, satisfaction, apology_date`;

function newColumns(id: string): Record<string, unknown> | undefined {
  return queryRows<Record<string, unknown>>(file, `SELECT ${NEW_COLUMNS} FROM dossiers WHERE id = ?`, id)[0];
}

const NO_FACTS = {
  reused_data: 0, paid_online: 0, has_fee: 0, returned_by_post: 0, synced_to_portal: 0,
  electronic_certified_copy: 0, certified_copy: 0, complaint: 0,
};

describe('migration 2 on a file written by migration 1', () => {
  it('backfills a version-1 row: still v1 data, due date = appointment date, every new fact 0', async () => {
    await openSqliteStore(file).close();

    expect(newColumns(V1.id)).toEqual({
      id: V1.id, schema_version: 1, code: null, officer_id: null, due_date: '2025-03-07', ended_at: null,
      ...NO_FACTS, satisfaction: null, apology_date: null,
    });
    // `data` is not rewritten: schema_version 1 tells readers to upgrade it (readAnyDossier).
    const data: unknown = JSON.parse(String(queryRows<{ data: string }>(file, 'SELECT data FROM dossiers WHERE id = ?', V1.id)[0]?.data));
    expect(data).toEqual(V1);
  });

  it('backfills a v2 row with every fact from its data (see fullDossier)', async () => {
    await openSqliteStore(file).close();

    expect(newColumns(FULL.id)).toEqual({
      id: FULL.id, schema_version: 2, code: 'HS-2025-0001', officer_id: 'lan', due_date: '2025-03-04', ended_at: null,
      reused_data: 1, paid_online: 1, has_fee: 1, returned_by_post: 1, synced_to_portal: 1,
      electronic_certified_copy: 1, certified_copy: 1, complaint: 1, satisfaction: 'dissatisfied', apology_date: '2025-03-06',
    });
  });

  it('backfills ended_at in UTC from an offset timestamp', async () => {
    await openSqliteStore(file).close();

    // 10:30 at +07:00 is 03:30 UTC; birth registration received Monday 09:00 is due that day.
    expect(newColumns(WITHDRAWN.id)).toEqual({
      id: WITHDRAWN.id, schema_version: 2, code: null, officer_id: null, due_date: '2025-03-03', ended_at: '2025-03-03T03:30:00.000Z',
      ...NO_FACTS, satisfaction: null, apology_date: null,
    });
  });

  it('adds the report indexes, the feedback table and the 0/1 checks', async () => {
    await openSqliteStore(file).close();

    const indexColumns = (name: string): string[] => queryRows<{ name: string }>(file, `SELECT name FROM pragma_index_info('${name}') ORDER BY seqno`).map((c) => c.name);
    expect(indexColumns('dossiers_received_at')).toEqual(['unit_id', 'received_at']);
    expect(indexColumns('dossiers_resolved_at')).toEqual(['unit_id', 'resolved_at']);
    expect(indexColumns('dossiers_ended_at')).toEqual(['unit_id', 'ended_at']);
    const feedbackKey = queryRows<{ name: string }>(file, "SELECT name FROM pragma_table_info('feedback') WHERE pk > 0 ORDER BY pk");
    expect(feedbackKey.map((c) => c.name)).toEqual(['unit_id', 'id']);
    const db = new Database(file);
    try {
      expect(() => db.prepare('UPDATE dossiers SET paid_online = 2').run()).toThrow(/CHECK/);
    } finally {
      db.close();
    }
  });

  it('is applied once: opening the file again changes nothing', async () => {
    await openSqliteStore(file).close();
    const migrations = queryRows(file, 'SELECT version, applied_at FROM schema_migrations ORDER BY version');
    const rows = queryRows(file, 'SELECT * FROM dossiers ORDER BY id');

    await openSqliteStore(file).close();

    // Later migrations (3: enrollment and access, …) are applied by the same first open.
    expect(migrations.slice(0, 2)).toEqual([
      { version: 1, applied_at: '2025-03-01T00:00:00.000Z' },
      { version: 2, applied_at: expect.any(String) },
    ]);
    expect(queryRows(file, 'SELECT version, applied_at FROM schema_migrations ORDER BY version')).toEqual(migrations);
    expect(queryRows(file, 'SELECT * FROM dossiers ORDER BY id')).toEqual(rows);
    expect(rows).toHaveLength(3);
  });

  it('lets a later snapshot replace a migrated version-1 row', async () => {
    const store = openSqliteStore(file);
    const later = updateFacts(upgradeDossierV1(V1), new Date('2025-03-09T02:00:00Z'), { complaint: true });
    const change = {
      changeId: uuidv7(), deviceId: DEVICE, seq: 4, entity: 'dossier', entityId: V1.id,
      at: '2025-03-09T02:00:00.000Z', payload: later, hash: 'b'.repeat(64),
    } as const;

    expect(await store.applyChanges('default', [change], '2025-03-10T00:00:00.000Z')).toEqual([{ changeId: change.changeId, status: 'accepted' }]);
    await store.close();

    expect(newColumns(V1.id)).toMatchObject({ schema_version: 2, due_date: '2025-03-07', complaint: 1 });
  });
});
