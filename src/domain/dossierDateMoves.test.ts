import { describe, expect, it } from 'vitest';
import { createVietnamWorkingCalendar } from './calendar/vietnamWorkingCalendar.ts';
import { dossierDateMoves } from './dossierDateMoves.ts';
import { receiveDossier } from './dossierLifecycle.ts';
import type { Procedure } from './procedure.ts';
import { TEST_PROCEDURES } from './testProcedures.ts';
import { uuidv7 } from './uuidv7.ts';
import { weekendOnlyCalendar } from './workingDays.ts';

const twoDays: Procedure = { ...TEST_PROCEDURES.threeDays, id: 'hai-ngay', timeLimit: { unit: 'working_days', amount: 2 } };
// Received at 09:00 in Hà Nội, dates counted with weekends only (as before holidays were known).
const received = (day: string, procedure: Procedure) =>
  receiveDossier({ id: uuidv7(Date.parse(`${day}T02:00:00Z`)), procedure, channel: 'in_person', receivedAt: new Date(`${day}T02:00:00Z`) }, weekendOnlyCalendar);

describe('dossierDateMoves under a new calendar', () => {
  it('lists only the dossiers whose dates move, oldest receipt first', () => {
    // Friday 2026-02-13, 3 working days. Weekends only: Mon 16, Tue 17, Wed 18 → 18/2.
    // With Tết 2026 (14–22/2 off): Mon 23, Tue 24, Wed 25 → 25/2.
    const a = received('2026-02-13', TEST_PROCEDURES.threeDays);
    // Monday 2026-03-02, 2 working days → Wednesday 4/3 either way.
    const b = received('2026-03-02', twoDays);
    // Thursday 2026-04-23, 2 working days. Weekends only: Fri 24, Mon 27 → 27/4.
    // With the compensatory day for Giỗ Tổ (Mon 27/4 off): Fri 24, Tue 28 → 28/4.
    const c = received('2026-04-23', twoDays);
    expect([a, b, c].map((d) => d.dueDate)).toEqual(['2026-02-18', '2026-03-04', '2026-04-27']);
    const moves = dossierDateMoves([c, b, a], createVietnamWorkingCalendar());
    expect(moves.map((m) => [m.before.id, m.before.dueDate, m.after.dueDate, m.after.appointmentDate])).toEqual([
      [a.id, '2026-02-18', '2026-02-25', '2026-02-25'],
      [c.id, '2026-04-27', '2026-04-28', '2026-04-28'],
    ]);
  });

  it('moves nothing under the same calendar', () => {
    expect(dossierDateMoves([received('2026-02-13', TEST_PROCEDURES.threeDays)], weekendOnlyCalendar)).toEqual([]);
    expect(dossierDateMoves([], createVietnamWorkingCalendar())).toEqual([]);
  });
});
