import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Dossier } from '../domain/dossier.ts';
import { receiveDossier, resolveDossier, returnDossier, voidDossier } from '../domain/dossierLifecycle.ts';
import type { Procedure } from '../domain/procedure.ts';
import { TEST_PROCEDURES } from '../domain/testProcedures.ts';
import { uuidv7 } from '../domain/uuidv7.ts';
import { weekendOnlyCalendar } from '../domain/workingDays.ts';
import { SoMotCuaDatabase } from './database.ts';
import { saveDossier } from './dossierStore.ts';
import { registerHasDossiers, registerPage, type RegisterPageRequest, type RegisterRow } from './registerQueries.ts';

const opened: SoMotCuaDatabase[] = [];
function freshDb(): SoMotCuaDatabase {
  const db = new SoMotCuaDatabase(`register-${uuidv7()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const receive = (at: string, procedure: Procedure = TEST_PROCEDURES.threeDays, extra: Partial<Pick<Dossier, 'code' | 'applicant'>> = {}) =>
  receiveDossier({ id: uuidv7(), procedure, channel: 'in_person', receivedAt: new Date(at), ...extra }, weekendOnlyCalendar);

/** Newest first, ties by id descending: the order the register promises. */
const registerOrder = (ds: readonly Dossier[]) => [...ds].sort((a, b) => (a.receivedAt === b.receivedAt ? (a.id < b.id ? 1 : -1) : a.receivedAt < b.receivedAt ? 1 : -1));

/** Follows `next` cursors to the end, as the screen does. */
async function readAll(db: SoMotCuaDatabase, request: RegisterPageRequest, forgetLines = false): Promise<{ rows: RegisterRow[]; pages: number }> {
  const rows: RegisterRow[] = [];
  let before: RegisterPageRequest['before'];
  let pages = 0;
  for (;;) {
    const page = await registerPage(db, { ...request, before });
    rows.push(...page.rows);
    pages += 1;
    if (page.next === null) return { rows, pages };
    before = forgetLines ? { receivedAt: page.next.receivedAt, id: page.next.id } : page.next;
    if (pages > 1_000) throw new Error('paging does not end');
  }
}

describe('registerPage', () => {
  it('reads newest first, page by page, without gaps or repeats, across many equal receipt times', async () => {
    const db = freshDb();
    // 137 dossiers on 40 distinct instants: pages of 10 cut through groups received together.
    const dossiers = Array.from({ length: 137 }, (_, i) => receive(new Date(Date.UTC(2026, 10, 2, 1) + (i % 40) * 60_000).toISOString()));
    await db.dossiers.bulkPut(dossiers);

    const first = await registerPage(db, { limit: 10 });
    expect(first.rows).toHaveLength(10);
    expect(first.next).toEqual({ receivedAt: first.rows[9]!.dossier.receivedAt, id: first.rows[9]!.dossier.id, line: 128 });

    const expected = registerOrder(dossiers).map((d) => d.id);
    for (const forgetLines of [false, true]) {
      const { rows, pages } = await readAll(db, { limit: 10 }, forgetLines);
      expect(rows.map((r) => r.dossier.id)).toEqual(expected);
      expect(rows.map((r) => r.line)).toEqual(Array.from({ length: 137 }, (_, i) => 137 - i));
      expect(pages).toBe(14);
    }
  });

  it('keeps only the chosen Vietnam days, judged in Vietnam time', async () => {
    const db = freshDb();
    const lastOfOctober = receive('2026-10-31T16:59:00Z'); // 23:59 on 31/10 in Hà Nội
    const firstOfNovember = receive('2026-10-31T17:00:00Z'); // 00:00 on 01/11
    const lastOfNovember = receive('2026-11-30T16:59:59Z');
    const firstOfDecember = receive('2026-11-30T17:00:00Z');
    await db.dossiers.bulkPut([lastOfOctober, firstOfNovember, lastOfNovember, firstOfDecember]);
    const page = await registerPage(db, { limit: 50, range: { start: '2026-11-01', end: '2026-11-30' } });
    expect(page.rows.map((r) => r.dossier.id)).toEqual([lastOfNovember.id, firstOfNovember.id]);
    expect(page.rows.map((r) => r.line)).toEqual([2, 1]);
    expect(page.next).toBeNull();
  });

  it('applies status, field and a diacritics-insensitive search while reading', async () => {
    const db = freshDb();
    const copy = receive('2026-11-26T02:00:00Z', TEST_PROCEDURES.sameDayCutoff, { applicant: { name: 'Trần Văn Đức', phone: '0987 654 321' } });
    const open = receive('2026-11-26T03:00:00Z');
    const done = returnDossier(resolveDossier(receive('2026-11-26T04:00:00Z'), new Date('2026-11-27T02:00:00Z'), {}), new Date('2026-11-27T03:00:00Z'));
    const coded = receive('2026-11-26T05:00:00Z', TEST_PROCEDURES.fourHours, { code: 'XN-0007' });
    for (const d of [copy, open, done, coded]) await saveDossier(db, d);
    const ids = async (request: Omit<RegisterPageRequest, 'limit'>) => (await readAll(db, { limit: 2, now: '2026-11-30T03:00:00.000Z', ...request })).rows.map((r) => r.dossier.id);

    expect(await ids({ search: 'chung thuc' })).toEqual([copy.id]);
    expect(await ids({ search: 'tran van duc' })).toEqual([copy.id]);
    expect(await ids({ search: '0987654321' })).toEqual([copy.id]);
    expect(await ids({ search: 'xn-0007' })).toEqual([coded.id]);
    expect(await ids({ status: 'in_progress' })).toEqual([coded.id, open.id, copy.id]);
    expect(await ids({ status: 'returned' })).toEqual([done.id]);
    expect(await ids({ status: 'overdue' })).toEqual([coded.id, copy.id]);
    expect(await ids({ field: 'Hộ tịch' })).toEqual([done.id, open.id]);
    expect(await ids({ field: 'Hộ tịch', status: 'in_progress' })).toEqual([open.id]);
    // A row keeps its line in the register whatever the filter.
    expect((await registerPage(db, { limit: 5, search: 'chung thuc' })).rows.map((r) => r.line)).toEqual([1]);
  });

  it('never returns a voided entry, which keeps its line like a struck-through one', async () => {
    const db = freshDb();
    const kept = receive('2026-11-26T02:00:00Z');
    const mistake = receive('2026-11-26T03:00:00Z');
    const latest = receive('2026-11-26T04:00:00Z');
    for (const d of [kept, mistake, latest]) await saveDossier(db, d);
    await saveDossier(db, voidDossier(mistake, new Date('2026-11-26T03:05:00Z')));

    const page = await registerPage(db, { limit: 50 });
    expect(page.rows.map((r) => [r.dossier.id, r.line])).toEqual([
      [latest.id, 3],
      [kept.id, 1],
    ]);
    expect((await readAll(db, { limit: 1 })).rows.map((r) => r.dossier.id)).toEqual([latest.id, kept.id]);
  });

  it('stops a rare search after the scan limit with a cursor to go on, then says when nothing is left', async () => {
    const db = freshDb();
    const dossiers = Array.from({ length: 60 }, (_, i) =>
      receive(new Date(Date.UTC(2026, 10, 2, 1) + i * 60_000).toISOString(), i % 20 === 7 ? TEST_PROCEDURES.sameDayCutoff : TEST_PROCEDURES.threeDays),
    );
    await db.dossiers.bulkPut(dossiers);
    const wanted = registerOrder(dossiers.filter((d) => d.procedure.id === TEST_PROCEDURES.sameDayCutoff.id)).map((d) => d.id);

    const first = await registerPage(db, { limit: 10, search: 'chứng thực', scanLimit: 25 });
    expect(first.scanned).toBe(25);
    expect(first.next).not.toBeNull();
    expect(first.rows.length).toBeLessThan(10);

    const { rows, pages } = await readAll(db, { limit: 10, search: 'chứng thực', scanLimit: 25 });
    expect(rows.map((r) => r.dossier.id)).toEqual(wanted);
    expect(pages).toBe(3);
  });

  it('reads an empty register, or a cursor past the range, as one empty last page', async () => {
    const db = freshDb();
    expect(await registerPage(db, { limit: 50 })).toEqual({ rows: [], next: null, scanned: 0 });
    await db.dossiers.bulkPut([receive('2026-11-26T02:00:00Z')]);
    const past = await registerPage(db, { limit: 50, before: { receivedAt: '2026-01-01T00:00:00.000Z', id: uuidv7() } });
    expect(past).toEqual({ rows: [], next: null, scanned: 0 });
  });
});

describe('registerHasDossiers', () => {
  it('is false for an empty register or one with only voided entries', async () => {
    const db = freshDb();
    expect(await registerHasDossiers(db)).toBe(false);
    const mistake = receive('2026-11-26T02:00:00Z');
    await db.dossiers.bulkPut([voidDossier(mistake, new Date('2026-11-26T02:01:00Z'))]);
    expect(await registerHasDossiers(db)).toBe(false);
    await saveDossier(db, receive('2026-11-26T03:00:00Z'));
    expect(await registerHasDossiers(db)).toBe(true);
  });
});
