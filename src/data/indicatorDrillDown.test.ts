import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { receiveDossier, resolveDossier } from '../domain/dossierLifecycle.ts';
import { STARTER_PROCEDURES } from '../domain/starterProcedures.ts';
import { uuidv7 } from '../domain/uuidv7.ts';
import { weekendOnlyCalendar as cal } from '../domain/workingDays.ts';
import { SoMotCuaDatabase } from './database.ts';
import { saveDossier } from './dossierStore.ts';
import { dossiersBehind, monthlyTrend } from './indicatorDrillDown.ts';

const dbs: SoMotCuaDatabase[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const procedure = STARTER_PROCEDURES.find((p) => p.id === 'khai-sinh')!;

describe('drill-down and trend', () => {
  it('lists the dossiers behind a month’s figure and the month-by-month trend', async () => {
    const db = new SoMotCuaDatabase(`drill-${uuidv7()}`);
    dbs.push(db);
    const october = receiveDossier({ id: uuidv7(), procedure, channel: 'online_full', receivedAt: new Date('2026-10-20T02:00:00Z') }, cal);
    const novemberOnline = receiveDossier({ id: uuidv7(), procedure, channel: 'online_full', receivedAt: new Date('2026-11-03T02:00:00Z') }, cal);
    const novemberDesk = receiveDossier({ id: uuidv7(), procedure, channel: 'in_person', receivedAt: new Date('2026-11-05T02:00:00Z') }, cal);
    for (const d of [october, novemberOnline, novemberDesk]) await saveDossier(db, d);
    // Resolving October's dossier in November does not make it a November receipt.
    await saveDossier(db, resolveDossier(october, new Date('2026-11-02T02:00:00Z'), {}));

    const behind = await dossiersBehind(db, 'online_received', { start: '2026-11-01', end: '2026-11-30' }, {}, 'judge_by_due_date');
    expect(behind.total).toBe(2);
    expect(behind.rows.map((r) => [r.dossier.id, r.inNumerator])).toEqual([
      [novemberDesk.id, false],
      [novemberOnline.id, true],
    ]);

    const trend = await monthlyTrend(db, 'online_received', { kind: 'month', year: 2026, month: 11 }, 'calendar', {}, 3);
    expect(trend).toEqual([
      { label: '9/2026', ratio: { numerator: 0, denominator: 0 } },
      { label: '10/2026', ratio: { numerator: 1, denominator: 1 } },
      { label: '11/2026', ratio: { numerator: 1, denominator: 2 } },
    ]);
  });
});
