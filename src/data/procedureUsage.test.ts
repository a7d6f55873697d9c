import { describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/helpers/testDatabases.ts';
import { receiveDossier, voidDossier } from '../domain/dossierLifecycle.ts';
import { findStarterProcedure } from '../domain/starterProcedures.ts';
import { uuidv7 } from '../domain/uuidv7.ts';
import { weekendOnlyCalendar } from '../domain/workingDays.ts';
import type { SoMotCuaDatabase } from './database.ts';
import { saveDossier } from './dossierStore.ts';
import { favouriteProcedureIds, frequentProcedureIds, procedureUsageRanking, toggleFavouriteProcedure } from './procedureUsage.ts';

const freshDb = testDatabases();

const NOW = new Date('2026-11-26T03:00:00Z');

async function receive(db: SoMotCuaDatabase, procedureId: string, at: string, options: { voided?: boolean } = {}): Promise<void> {
  const procedure = findStarterProcedure(procedureId);
  if (!procedure) throw new Error(`no starter procedure ${procedureId}`);
  const d = receiveDossier({ id: uuidv7(), procedure, channel: 'in_person', receivedAt: new Date(at) }, weekendOnlyCalendar);
  await saveDossier(db, options.voided ? voidDossier(d, new Date(at)) : d);
}

describe('frequentProcedureIds', () => {
  it('counts the last 30 days by procedure, most used first, ties to the one used last', async () => {
    const db = freshDb();
    await receive(db, 'chung-thuc-ban-sao', '2026-11-20T02:00:00Z');
    await receive(db, 'chung-thuc-ban-sao', '2026-11-21T02:00:00Z');
    await receive(db, 'khai-sinh', '2026-11-22T02:00:00Z');
    await receive(db, 'ket-hon', '2026-11-25T02:00:00Z');
    await receive(db, 'khai-tu', '2026-11-24T02:00:00Z');
    expect(await frequentProcedureIds(db, NOW)).toEqual(['chung-thuc-ban-sao', 'ket-hon', 'khai-tu', 'khai-sinh']);
  });

  it('ignores dossiers older than 30 days and voided entries', async () => {
    const db = freshDb();
    await receive(db, 'khai-sinh', '2026-10-27T02:59:59Z'); // 30 days + 1 s before NOW
    await receive(db, 'khai-tu', '2026-10-27T03:00:00Z'); // exactly 30 days before: counted
    await receive(db, 'ket-hon', '2026-11-25T02:00:00Z', { voided: true });
    await receive(db, 'ket-hon', '2026-11-25T03:00:00Z', { voided: true });
    expect(await frequentProcedureIds(db, NOW)).toEqual(['khai-tu']);
  });

  it('returns at most five, the full ranking on request', async () => {
    const db = freshDb();
    const ids = ['khai-sinh', 'khai-tu', 'ket-hon', 'trich-luc-ho-tich', 'chung-thuc-ban-sao', 'chung-thuc-chu-ky'];
    for (const [i, id] of ids.entries()) {
      for (let n = 0; n <= i; n += 1) await receive(db, id, `2026-11-2${n}T02:0${i}:00Z`);
    }
    expect(await frequentProcedureIds(db, NOW)).toEqual(['chung-thuc-chu-ky', 'chung-thuc-ban-sao', 'trich-luc-ho-tich', 'ket-hon', 'khai-tu']);
    expect(await frequentProcedureIds(db, NOW, 2)).toEqual(['chung-thuc-chu-ky', 'chung-thuc-ban-sao']);
    expect(await procedureUsageRanking(db, NOW)).toEqual([...ids].reverse());
  });

  it('is empty on a new device', async () => {
    expect(await frequentProcedureIds(freshDb(), NOW)).toEqual([]);
  });
});

describe('favourite procedures', () => {
  it('toggles a star on and off, keeping the order they were starred in', async () => {
    const db = freshDb();
    expect(await favouriteProcedureIds(db)).toEqual([]);
    await toggleFavouriteProcedure(db, 'khai-tu');
    await toggleFavouriteProcedure(db, 'khai-sinh');
    expect(await favouriteProcedureIds(db)).toEqual(['khai-tu', 'khai-sinh']);
    await toggleFavouriteProcedure(db, 'khai-tu');
    expect(await favouriteProcedureIds(db)).toEqual(['khai-sinh']);
  });

  it('reads a malformed stored value as no favourites, and a toggle then repairs it', async () => {
    const db = freshDb();
    await db.settings.put({ key: 'favouriteProcedures', value: ['khai-sinh', 42] });
    expect(await favouriteProcedureIds(db)).toEqual([]);
    await toggleFavouriteProcedure(db, 'ket-hon');
    expect(await favouriteProcedureIds(db)).toEqual(['ket-hon']);
  });
});
