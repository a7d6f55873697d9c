import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DossierSchema } from '../../domain/dossier.ts';
import { historyEntryFor } from '../../domain/dossierHistory.ts';
import { receiveDossier, resolveDossier, voidDossier } from '../../domain/dossierLifecycle.ts';
import { TEST_PROCEDURES } from '../../domain/testProcedures.ts';
import { uuidv7 } from '../../domain/uuidv7.ts';
import { weekendOnlyCalendar } from '../../domain/workingDays.ts';
import { isStillCurrent, undoSnapshot } from './undoSnapshot.ts';

// Thursday 26/11/2026 09:00 in Hà Nội (02:00 UTC).
const RECEIVED = new Date('2026-11-26T02:00:00Z');
const received = () => receiveDossier({ id: uuidv7(), procedure: TEST_PROCEDURES.threeDays, channel: 'in_person', receivedAt: RECEIVED }, weekendOnlyCalendar);

describe('undoSnapshot', () => {
  it('brings back the previous snapshot, stamped now, and it is a valid dossier', () => {
    const before = received();
    const resolved = resolveDossier(before, new Date('2026-11-26T03:00:00Z'), { digitized: true });
    const now = new Date('2026-11-26T03:00:05Z');
    const undone = undoSnapshot(before, now, resolved);
    expect(undone).toEqual({ ...before, updatedAt: now.toISOString() });
    expect(undone).not.toHaveProperty('resolvedAt');
    expect(v.safeParse(DossierSchema, undone).issues).toBeUndefined();
  });

  it('is recorded in the history as a correction of what was undone, both entries kept', () => {
    const before = received();
    const resolved = resolveDossier(before, new Date('2026-11-26T03:00:00Z'), {});
    const entry = historyEntryFor(resolved, undoSnapshot(before, new Date('2026-11-26T03:00:05Z'), resolved), null);
    expect(entry.action).toBe('edited');
    expect(entry.changes).toContainEqual({ field: 'status', before: 'resolved', after: 'received' });
  });

  it('undoes a void by removing voidedAt', () => {
    const before = received();
    const voided = voidDossier(before, new Date('2026-11-26T02:01:00Z'));
    const undone = undoSnapshot(before, new Date('2026-11-26T02:01:04Z'), voided);
    expect(undone).not.toHaveProperty('voidedAt');
    expect(undone.updatedAt).toBe('2026-11-26T02:01:04.000Z');
  });

  it('stays later than the snapshot it replaces when the device clock stepped back', () => {
    const before = received();
    const resolved = resolveDossier(before, new Date('2026-11-26T03:00:00Z'), {});
    const undone = undoSnapshot(before, new Date('2026-11-26T02:59:00Z'), resolved);
    expect(undone.updatedAt).toBe('2026-11-26T03:00:00.001Z');
  });

  it('leaves the previous snapshot untouched', () => {
    const before = received();
    const copy = structuredClone(before);
    undoSnapshot(before, new Date('2026-11-27T00:00:00Z'));
    expect(before).toEqual(copy);
  });
});

describe('isStillCurrent', () => {
  it('is true only while the stored dossier is the saved snapshot', () => {
    const saved = received();
    expect(isStillCurrent(saved, saved)).toBe(true);
    expect(isStillCurrent({ updatedAt: '2026-11-26T02:00:01.000Z' }, saved)).toBe(false);
    expect(isStillCurrent(undefined, saved)).toBe(false);
  });
});
