import { describe, expect, it } from 'vitest';
import type { Dossier } from '../domain/dossier.ts';
import { apologize, receiveDossier, requestSupplement, resolveDossier, voidDossier } from '../domain/dossierLifecycle.ts';
import { findStarterProcedure } from '../domain/starterProcedures.ts';
import { uuidv7 } from '../domain/uuidv7.ts';
import { weekendOnlyCalendar } from '../domain/workingDays.ts';
import { actionLists, actionListsOf } from './actionLists.ts';

// Thursday 26/11/2026, 10:00 in Vietnam. Weekends only are off in these examples.
const NOW = '2026-11-26T03:00:00Z';

const sameDay = findStarterProcedure('khai-sinh')!; // same day, 15:00 cut-off
const threeDays = findStarterProcedure('xac-nhan-tinh-trang-hon-nhan')!; // 3 working days, no cut-off

const received = (procedure = sameDay, at = '2026-11-26T02:00:00Z'): Dossier =>
  receiveDossier({ id: uuidv7(), procedure, channel: 'in_person', receivedAt: new Date(at) }, weekendOnlyCalendar);

describe('actionListsOf', () => {
  it('puts a same-day dossier received this morning under "due today"', () => {
    const d = received(sameDay, '2026-11-26T02:00:00Z'); // Thu 09:00
    expect(d.dueDate).toBe('2026-11-26');
    expect(actionListsOf(d, NOW)).toEqual(['due_today']);
  });

  it('counts from the next working day after the cut-off: received Wed 16:00, due Thu', () => {
    const d = received(sameDay, '2026-11-25T09:00:00Z'); // Wed 16:00 ≥ 15:00
    expect(d.dueDate).toBe('2026-11-26');
    expect(actionListsOf(d, NOW)).toEqual(['due_today']);
  });

  it('works in Vietnam days: received Wed 09:00 is due Wed, overdue from Thu 00:00 (Wed 17:00 UTC)', () => {
    const d = received(sameDay, '2026-11-25T02:00:00Z');
    expect(d.dueDate).toBe('2026-11-25');
    expect(actionListsOf(d, '2026-11-25T16:59:59Z')).toEqual(['due_today']);
    expect(actionListsOf(d, '2026-11-25T17:00:00Z')).toEqual(['overdue', 'late_without_apology']);
    expect(actionListsOf(d, NOW)).toEqual(['overdue', 'late_without_apology']);
  });

  it('keeps an overdue dossier with an apology under "overdue" only, or in progress when judged by the new date', () => {
    const late = received(sameDay, '2026-11-25T02:00:00Z');
    const apologized = apologize(late, new Date('2026-11-26T01:00:00Z'), '2026-11-27', 'Chờ xác minh');
    expect(actionListsOf(apologized, NOW)).toEqual(['overdue']);
    expect(actionListsOf(apologized, NOW, 'judge_by_new_date')).toEqual(['in_progress']);
  });

  it('counts working days: 3 days from Mon 23/11 is due Thu 26/11, from Tue 24/11 due Fri 27/11', () => {
    const monday = received(threeDays, '2026-11-23T02:00:00Z');
    const tuesday = received(threeDays, '2026-11-24T02:00:00Z');
    expect([monday.dueDate, tuesday.dueDate]).toEqual(['2026-11-26', '2026-11-27']);
    expect(actionListsOf(monday, NOW)).toEqual(['due_today']);
    expect(actionListsOf(tuesday, NOW)).toEqual(['in_progress']);
  });

  it('lists a dossier waiting for documents under "awaiting supplement" only, even past its first due date', () => {
    const waiting = requestSupplement(received(sameDay, '2026-11-24T02:00:00Z'), new Date('2026-11-24T03:00:00Z'), 'Thiếu tờ khai');
    expect(waiting.dueDate).toBe('2026-11-24');
    expect(actionListsOf(waiting, NOW)).toEqual(['awaiting_supplement']);
  });

  it('flags a dossier resolved late and not yet returned, but not one resolved on time', () => {
    const lateResolved = resolveDossier(received(sameDay, '2026-11-24T02:00:00Z'), new Date('2026-11-25T02:00:00Z'), {});
    const onTime = resolveDossier(received(sameDay, '2026-11-26T02:00:00Z'), new Date('2026-11-26T02:30:00Z'), {});
    expect(actionListsOf(lateResolved, NOW)).toEqual(['late_without_apology']);
    expect(actionListsOf(onTime, NOW)).toEqual(['in_progress']);
  });

  it('leaves a dossier received after the instant (a time typed ahead) in progress', () => {
    expect(actionListsOf(received(sameDay, '2026-11-26T05:00:00Z'), NOW)).toEqual(['in_progress']);
  });
});

describe('actionLists', () => {
  it('sorts every open dossier, keeps their order, and drops voided entries', () => {
    const dueToday = received(sameDay, '2026-11-26T02:00:00Z');
    const overdueA = received(sameDay, '2026-11-24T02:00:00Z');
    const overdueB = received(sameDay, '2026-11-25T02:00:00Z');
    const later = received(threeDays, '2026-11-24T02:00:00Z');
    const voided = voidDossier(received(sameDay, '2026-11-20T02:00:00Z'), new Date('2026-11-20T02:05:00Z'));
    const lists = actionLists([overdueA, overdueB, dueToday, later, voided], NOW);
    expect(lists.due_today).toEqual([dueToday]);
    expect(lists.overdue).toEqual([overdueA, overdueB]);
    expect(lists.late_without_apology).toEqual([overdueA, overdueB]);
    expect(lists.awaiting_supplement).toEqual([]);
    expect(lists.in_progress).toEqual([later]);
  });
});
