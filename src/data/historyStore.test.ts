import { describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/helpers/testDatabases.ts';
import { receiveDossier, resolveDossier } from '../domain/dossierLifecycle.ts';
import { STARTER_PROCEDURES } from '../domain/starterProcedures.ts';
import { uuidv7 } from '../domain/uuidv7.ts';
import { weekendOnlyCalendar } from '../domain/workingDays.ts';
import { saveDossier } from './dossierStore.ts';
import { saveEnrollment } from './enrollmentStore.ts';
import { dossierHistory } from './historyStore.ts';

const freshDb = testDatabases();

const newDossier = () =>
  receiveDossier({ id: uuidv7(), procedure: STARTER_PROCEDURES[0]!, channel: 'in_person', receivedAt: new Date('2026-11-26T02:00:00Z') }, weekendOnlyCalendar);

/** What undo saves: the earlier snapshot again, stamped later (features/dossier/undoSnapshot.ts). */
const undone = (previous: ReturnType<typeof newDossier>) => ({ ...previous, updatedAt: '2026-11-26T03:00:05.000Z' });

const ENROLLED = {
  serverTime: '2026-11-26T01:00:00.000Z',
  token: 't'.repeat(43),
  role: 'officer' as const,
  unit: { id: 'xa-tan-trung', name: 'UBND xã Tân Trung' },
  officer: { id: 'hung', name: 'Trần Văn Hùng' },
};

describe('the dossier history on the phone (issue 7, part 5)', () => {
  it('records the enrolled officer by name when no officer was typed in Settings, and the typed one first', async () => {
    const db = freshDb();
    const a = newDossier();
    await saveDossier(db, a);
    await saveEnrollment(db, ENROLLED, '2026-11-26T01:00:00.000Z');
    const resolved = resolveDossier(a, new Date('2026-11-26T03:00:00Z'), {});
    await saveDossier(db, resolved);
    await db.settings.put({ key: 'officerId', value: 'Lan' });
    await saveDossier(db, undone(a));
    // Before enrolling nobody is known; enrolled, the server's officer; typed, the typed one.
    expect((await dossierHistory(db, a.id)).map((h) => [h.action, h.officerId])).toEqual([
      ['received', null],
      ['resolved', 'Trần Văn Hùng'],
      ['edited', 'Lan'],
    ]);
  });

  it('keeps every entry when a step is undone: the undo is one more entry, status resolved → received', async () => {
    const db = freshDb();
    const a = newDossier();
    await saveDossier(db, a);
    const resolved = resolveDossier(a, new Date('2026-11-26T03:00:00Z'), {});
    await saveDossier(db, resolved);
    const before = await dossierHistory(db, a.id);
    await saveDossier(db, undone(a));
    const after = await dossierHistory(db, a.id);
    expect(after.slice(0, 2)).toEqual(before);
    expect(after[2]?.changes).toContainEqual({ field: 'status', before: 'resolved', after: 'received' });
  });
});
