import { describe, expect, it } from 'vitest';
import { addWorkingDays, weekendOnlyCalendar, type WorkingDayCalendar } from '../workingDays.ts';
import { appointmentChangesFor } from './appointmentChanges.ts';
import { createVietnamWorkingCalendar } from './vietnamWorkingCalendar.ts';

const pending = (id: string, received: string, limit: number, current: WorkingDayCalendar) => ({
  id,
  appointmentDate: addWorkingDays(received, limit, current),
  recompute: (calendar: WorkingDayCalendar) => addWorkingDays(received, limit, calendar),
});

describe('appointment changes under a new calendar', () => {
  it('lists only the dates that move, in input order', () => {
    const items = [
      // Received Friday 2026-02-13, 3 working days. Weekends only: Mon 16, Tue 17, Wed 18 → 18/2.
      // With Tết 2026 (16–20/2 off): Mon 23, Tue 24, Wed 25 → 25/2.
      pending('a', '2026-02-13', 3, weekendOnlyCalendar),
      // Received Monday 2026-03-02, 2 working days → Wednesday 4/3 either way.
      pending('b', '2026-03-02', 2, weekendOnlyCalendar),
      // Received Thursday 2026-04-23, 2 working days. Weekends only: Fri 24, Mon 27 → 27/4.
      // With the compensatory day for Giỗ Tổ (Mon 27/4 off): Fri 24, Tue 28 → 28/4.
      pending('c', '2026-04-23', 2, weekendOnlyCalendar),
    ];
    expect(items.map((i) => i.appointmentDate)).toEqual(['2026-02-18', '2026-03-04', '2026-04-27']);
    expect(appointmentChangesFor(items, createVietnamWorkingCalendar())).toEqual([
      { id: 'a', from: '2026-02-18', to: '2026-02-25' },
      { id: 'c', from: '2026-04-27', to: '2026-04-28' },
    ]);
  });

  it('nothing changes under the same calendar', () => {
    const calendar = createVietnamWorkingCalendar();
    expect(appointmentChangesFor([pending('a', '2026-02-13', 3, calendar)], calendar)).toEqual([]);
    expect(appointmentChangesFor([], calendar)).toEqual([]);
  });
});
