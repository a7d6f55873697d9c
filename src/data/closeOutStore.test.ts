import { describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/helpers/testDatabases.ts';
import { sameFigures } from '../domain/closeOutFigures.ts';
import type { Dossier } from '../domain/dossier.ts';
import { endDossier, receiveDossier, resolveDossier, returnDossier, voidDossier } from '../domain/dossierLifecycle.ts';
import { STARTER_PROCEDURES } from '../domain/starterProcedures.ts';
import { uuidv7 } from '../domain/uuidv7.ts';
import { weekendOnlyCalendar } from '../domain/workingDays.ts';
import { confirmCloseOut, currentCloseOutFigures, readCloseOut } from './closeOutStore.ts';
import { saveDossier } from './dossierStore.ts';

const freshDb = testDatabases();
const DAY = '2026-11-26';
/** 16:00 in Vietnam on the day. */
const AT = '2026-11-26T09:00:00.000Z';

/** A dossier received at `at` (UTC) with its due date set by hand. */
function received(at: string, channel: Dossier['channel'], dueDate: string): Dossier {
  const d = receiveDossier({ id: uuidv7(Date.parse(at)), procedure: STARTER_PROCEDURES[0]!, channel, receivedAt: new Date(at) }, weekendOnlyCalendar);
  return { ...d, dueDate, appointmentDate: dueDate };
}

async function theDay() {
  const db = freshDb();
  const d1 = received('2026-11-26T01:00:00Z', 'in_person', '2026-11-27');
  const d2 = resolveDossier(received('2026-11-26T02:00:00Z', 'online_full', '2026-11-26'), new Date('2026-11-26T10:00:00Z'), {});
  const d3 = resolveDossier(received('2026-11-20T02:00:00Z', 'postal', '2026-11-25'), new Date('2026-11-26T03:00:00Z'), {});
  const d4 = returnDossier(resolveDossier(received('2026-11-20T03:00:00Z', 'in_person', '2026-11-30'), new Date('2026-11-26T03:00:00Z'), {}), new Date('2026-11-26T04:00:00Z'));
  const d5 = received('2026-11-19T02:00:00Z', 'in_person', '2026-11-24');
  const d6 = endDossier(received('2026-11-26T03:00:00Z', 'online_partial', '2026-11-28'), 'withdrawn', new Date('2026-11-26T05:00:00Z'), 'Công dân rút');
  const d7 = voidDossier(received('2026-11-26T04:00:00Z', 'in_person', '2026-11-26'), new Date('2026-11-26T04:05:00Z'));
  for (const d of [d1, d2, d3, d4, d5, d6, d7]) await saveDossier(db, d);
  return db;
}

describe('close-out figures', () => {
  it('counts the day as Biểu 06 does', async () => {
    const db = await theDay();
    // Received on 26/11: d1 (in person), d2 (online in full), d6 (online in part); d7 voided.
    // Resolved on 26/11: d2 on its due day (on time), d3 a day after 25/11 (late), d4 before 30/11 (early).
    // Returned: d4. Ended without a result: d6 (withdrawn).
    // Still in progress at 16:00: d1 (due 27/11, within) and d5 (due 24/11, overdue).
    expect(await currentCloseOutFigures(db, DAY, AT)).toEqual({
      received: 3,
      receivedByChannel: { in_person: 1, postal: 0, online_partial: 1, online_full: 1 },
      resolved: 3,
      resolvedEarly: 1,
      resolvedOnTime: 1,
      resolvedLate: 1,
      returned: 1,
      ended: 1,
      pending: 2,
      pendingOverdue: 1,
    });
  });

  it('keeps what the officer confirmed, and tells a late entry apart', async () => {
    const db = await theDay();
    expect(await readCloseOut(db, DAY)).toBeNull();
    const figures = await currentCloseOutFigures(db, DAY, AT);
    const confirmed = await confirmCloseOut(db, DAY, figures, new Date(AT));
    expect(await readCloseOut(db, DAY)).toEqual({ day: DAY, confirmedAt: AT, figures });
    expect(confirmed.figures).toEqual(figures);
    expect(await readCloseOut(db, '2026-11-27')).toBeNull();

    await saveDossier(db, received('2026-11-26T09:30:00Z', 'postal', '2026-11-27'));
    const later = await currentCloseOutFigures(db, DAY, '2026-11-26T10:00:00.000Z');
    // One more received (by post) and one more pending.
    expect([later.received, later.receivedByChannel.postal, later.pending]).toEqual([4, 1, 3]);
    expect(sameFigures(later, figures)).toBe(false);
    expect(sameFigures(figures, { ...figures, receivedByChannel: { ...figures.receivedByChannel } })).toBe(true);

    await confirmCloseOut(db, DAY, later, new Date('2026-11-26T10:00:00.000Z'));
    expect(await readCloseOut(db, DAY)).toEqual({ day: DAY, confirmedAt: '2026-11-26T10:00:00.000Z', figures: later });
  });

  it('reads an unreadable record as not confirmed', async () => {
    const db = freshDb();
    await db.settings.put({ key: `closeOut:${DAY}`, value: { day: DAY, confirmedAt: 'yesterday' } });
    expect(await readCloseOut(db, DAY)).toBeNull();
  });
});
