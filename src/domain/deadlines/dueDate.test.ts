import { describe, expect, it } from 'vitest';
import { TEST_PROCEDURES } from '../testProcedures.ts';
import { weekendOnlyCalendar as cal } from '../workingDays.ts';
import { countingStartDay } from './countingStart.ts';
import { legalDueDate } from './dueDate.ts';

// All instants are UTC; Hà Nội is UTC+7. 2026-11-26 is a Thursday.
describe('countingStartDay', () => {
  it.each([
    ['Thu 14:59 VN, before the 15:00 cut-off (Decree 23/2015 art. 7)', '2026-11-26T07:59:00Z', '2026-11-26'],
    ['Thu 15:00 VN, at the cut-off: next working day', '2026-11-26T08:00:00Z', '2026-11-27'],
    ['Fri 16:00 VN, after the cut-off: Monday', '2026-11-27T09:00:00Z', '2026-11-30'],
    ['Sat 09:00 VN, a day off: Monday', '2026-11-28T02:00:00Z', '2026-11-30'],
  ])('%s', (_label, at, expected) => {
    expect(countingStartDay(at, TEST_PROCEDURES.sameDayCutoff, cal)).toBe(expected);
  });

  it('ignores the hour for a procedure without cut-off', () => {
    expect(countingStartDay('2026-11-26T10:00:00Z', TEST_PROCEDURES.threeDays, cal)).toBe('2026-11-26');
  });
});

describe('legalDueDate', () => {
  it.each([
    ['same day, received 09:00 Thu', TEST_PROCEDURES.sameDayCutoff, '2026-11-26T02:00:00Z', '2026-11-26'],
    ['same day, received 16:00 Thu: due Fri', TEST_PROCEDURES.sameDayCutoff, '2026-11-26T09:00:00Z', '2026-11-27'],
    ['3 working days from Thu: Fri, Mon, Tue', TEST_PROCEDURES.threeDays, '2026-11-26T02:00:00Z', '2026-12-01'],
    ['3 working days from Sat (counts from Mon): Tue, Wed, Thu', TEST_PROCEDURES.threeDays, '2026-11-28T02:00:00Z', '2026-12-03'],
    // Office hours 07:30–11:30, 13:30–17:00. 4 hours from Thu 09:00: 2.5 h to 11:30, 1.5 h to 15:00 → Thu.
    ['4 working hours from Thu 09:00', TEST_PROCEDURES.fourHours, '2026-11-26T02:00:00Z', '2026-11-26'],
    // From Thu 15:00: 2 h to 17:00, then 2 h Fri morning (07:30–09:30) → Fri.
    ['4 working hours from Thu 15:00', TEST_PROCEDURES.fourHours, '2026-11-26T08:00:00Z', '2026-11-27'],
    // From Fri 16:00: 1 h to 17:00, then 3 h Monday morning → Mon.
    ['4 working hours from Fri 16:00', TEST_PROCEDURES.fourHours, '2026-11-27T09:00:00Z', '2026-11-30'],
    // Saturday: counting starts Monday 07:30, 4 h → Mon 11:30.
    ['4 working hours from Sat', TEST_PROCEDURES.fourHours, '2026-11-28T02:00:00Z', '2026-11-30'],
  ])('%s', (_label, procedure, at, expected) => {
    expect(legalDueDate(at, procedure, [], cal)).toBe(expected);
  });

  it('adds the working days paused for supplements, ignoring an open request', () => {
    const requests = [
      { requestedAt: '2026-11-26T03:00:00Z', returnedAt: '2026-11-30T03:00:00Z' }, // Thu → Mon: Fri, Mon = 2
      { requestedAt: '2026-12-01T03:00:00Z' }, // still open
    ];
    // Base Tue 1/12 + 2 working days = Thu 3/12.
    expect(legalDueDate('2026-11-26T02:00:00Z', TEST_PROCEDURES.threeDays, requests, cal)).toBe('2026-12-03');
  });
});
