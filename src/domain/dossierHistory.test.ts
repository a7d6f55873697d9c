import { describe, expect, it } from 'vitest';
import type { Dossier } from './dossier.ts';
import { historyEntryFor } from './dossierHistory.ts';
import { apologize, rateSatisfaction, receiveDossier, requestSupplement, resolveDossier, supplementReturned, voidDossier } from './dossierLifecycle.ts';
import { TEST_PROCEDURES } from './testProcedures.ts';
import { uuidv7 } from './uuidv7.ts';
import { weekendOnlyCalendar as cal } from './workingDays.ts';

const received = receiveDossier({ id: uuidv7(), procedure: TEST_PROCEDURES.threeDays, channel: 'in_person', receivedAt: new Date('2026-11-26T02:00:00Z') }, cal);

describe('historyEntryFor', () => {
  it('names a receipt and lists every field as new', () => {
    const entry = historyEntryFor(undefined, received, 'lan');
    expect(entry).toMatchObject({ dossierId: received.id, at: received.receivedAt, officerId: 'lan', action: 'received' });
    expect(entry.changes.map((c) => c.field)).toContain('channel');
    expect(entry.changes.find((c) => c.field === 'channel')).toEqual({ field: 'channel', before: null, after: 'in_person' });
  });

  it('records which fields changed, old and new, and the action', () => {
    const resolved = resolveDossier(received, new Date('2026-11-27T02:00:00Z'), { digitized: true });
    const entry = historyEntryFor(received, resolved, null);
    expect(entry.action).toBe('resolved');
    expect(entry.changes).toEqual([
      { field: 'status', before: 'received', after: 'resolved' },
      { field: 'digitized', before: false, after: true },
      { field: 'resolvedAt', before: null, after: '2026-11-27T02:00:00.000Z' },
    ]);
  });

  it.each<[string, () => [Dossier, Dossier]]>([
    ['supplement_requested', () => [received, requestSupplement(received, new Date('2026-11-26T03:00:00Z'))]],
    ['supplement_returned', () => {
      const asked = requestSupplement(received, new Date('2026-11-26T03:00:00Z'));
      return [asked, supplementReturned(asked, new Date('2026-11-27T03:00:00Z'), cal)];
    }],
    ['apologized', () => [received, apologize(received, new Date('2026-12-01T03:00:00Z'), '2026-12-03')]],
    ['rated', () => [received, rateSatisfaction(received, new Date('2026-11-26T03:00:00Z'), 'satisfied')]],
    ['voided', () => [received, voidDossier(received, new Date('2026-11-26T02:00:10Z'))]],
  ])('names %s', (action, make) => {
    const [before, after] = make();
    expect(historyEntryFor(before, after, null).action).toBe(action);
  });
});
