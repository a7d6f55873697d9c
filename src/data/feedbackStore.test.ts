import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { handleFeedback, receiveFeedback } from '../domain/feedback.ts';
import { uuidv7 } from '../domain/uuidv7.ts';
import { weekendOnlyCalendar } from '../domain/workingDays.ts';
import { contentHash } from '../sync/contentHash.ts';
import { SoMotCuaDatabase } from './database.ts';
import { indicatorValues } from './indicatorQueries.ts';
import { openFeedback, saveFeedback } from './feedbackStore.ts';

const dbs: SoMotCuaDatabase[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('feedback (phản ánh, kiến nghị)', () => {
  it('is stored with its outbox change, and counted once handled', async () => {
    const db = new SoMotCuaDatabase(`fb-${uuidv7()}`);
    dbs.push(db);
    // Received Mon 02/11/2026; 10 working days (weekends only here) → due Mon 16/11.
    const f = receiveFeedback({ id: uuidv7(), receivedAt: new Date('2026-11-02T02:00:00Z'), subject: 'Niêm yết thủ tục chưa đủ' }, weekendOnlyCalendar);
    expect(f.dueDate).toBe('2026-11-16');
    await saveFeedback(db, f);
    expect(await openFeedback(db)).toHaveLength(1);
    await saveFeedback(db, handleFeedback(f, new Date('2026-11-10T02:00:00Z')));

    expect(await openFeedback(db)).toHaveLength(0);
    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox.map((c) => [c.seq, c.entity, c.entityId])).toEqual([
      [1, 'feedback', f.id],
      [2, 'feedback', f.id],
    ]);
    expect(outbox[1]!.hash).toBe(await contentHash({ entity: 'feedback', entityId: f.id, payload: outbox[1]!.payload, clocks: outbox[1]!.clocks }));
    const november = await indicatorValues(db, { start: '2026-11-01', end: '2026-11-30' });
    // Handled 10/11, due 16/11: 1 on time of 1 handled.
    expect(november.feedback_on_time).toEqual({ numerator: 1, denominator: 1 });
  });

  it('refuses invalid feedback and writes nothing', async () => {
    const db = new SoMotCuaDatabase(`fb-${uuidv7()}`);
    dbs.push(db);
    const f = receiveFeedback({ id: uuidv7(), receivedAt: new Date('2026-11-02T02:00:00Z'), subject: 'x' }, weekendOnlyCalendar);
    await expect(saveFeedback(db, { ...f, subject: '   ' })).rejects.toThrow();
    expect(await db.feedback.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });
});
