import { describe, expect, it } from 'vitest';
import type { Dossier } from '../dossier.ts';
import { emptyFlowCounts, flowReport, type FlowDossier } from './flowReport.ts';

/** A dossier reduced to what the flow report reads; times are Vietnam time (+07:00). */
function dossier(field: string, facts: Partial<FlowDossier> & Pick<FlowDossier, 'receivedAt' | 'dueDate'>): FlowDossier {
  return { status: 'received', supplementRequests: [], channel: 'in_person', procedure: { field }, ...facts } as FlowDossier;
}
const resolved = (at: string): Partial<Dossier> => ({ status: 'resolved', resolvedAt: at });

const NOVEMBER = { start: '2026-11-01', end: '2026-11-30' };

describe('flowReport: Biểu 06/VPCP/KSTT for November 2026 (worked by hand)', () => {
  const dossiers: FlowDossier[] = [
    // Hộ tịch
    // 1. Received in Oct, resolved in Oct: outside the period entirely.
    dossier('Hộ tịch', { receivedAt: '2026-10-20T08:00:00+07:00', dueDate: '2026-10-22', ...resolved('2026-10-21T09:00:00+07:00') }),
    // 2. Received in Oct, resolved 2 Nov, due 3 Nov: carried over, finished early.
    dossier('Hộ tịch', { receivedAt: '2026-10-30T08:00:00+07:00', dueDate: '2026-11-03', ...resolved('2026-11-02T09:00:00+07:00') }),
    // 3. Received 5 Nov online, resolved on its due day 6 Nov: on time.
    dossier('Hộ tịch', { receivedAt: '2026-11-05T08:00:00+07:00', dueDate: '2026-11-06', channel: 'online_full', ...resolved('2026-11-06T16:00:00+07:00') }),
    // 4. Received 10 Nov by post, resolved 13 Nov at 00:30 (Vietnam day 13) for a 12 Nov due date: late.
    dossier('Hộ tịch', { receivedAt: '2026-11-10T08:00:00+07:00', dueDate: '2026-11-12', channel: 'postal', ...resolved('2026-11-13T00:30:00+07:00') }),
    // 5. Received 30 Nov 23:30 Vietnam time (still November there, 16:30 UTC): received, pending within deadline.
    dossier('Hộ tịch', { receivedAt: '2026-11-30T16:30:00Z', dueDate: '2026-12-02' }),
    // Chứng thực
    // 6. Received 20 Nov partly online, due 25 Nov, still open at 30 Nov: pending overdue.
    dossier('Chứng thực', { receivedAt: '2026-11-20T08:00:00+07:00', dueDate: '2026-11-25', channel: 'online_partial' }),
    // 7. Same, but waiting for the citizen's documents since 24 Nov: the clock is stopped, within deadline.
    dossier('Chứng thực', { receivedAt: '2026-11-20T08:00:00+07:00', dueDate: '2026-11-25', supplementRequests: [{ requestedAt: '2026-11-24T08:00:00+07:00' }] }),
    // 8. Received 28 Oct, withdrawn 3 Nov (before its 5 Nov due date): carried over, finished early.
    dossier('Chứng thực', { receivedAt: '2026-10-28T08:00:00+07:00', dueDate: '2026-11-05', status: 'withdrawn', endedAt: '2026-11-03T10:00:00+07:00' }),
    // 9. Received 1 Dec: after the period.
    dossier('Chứng thực', { receivedAt: '2026-12-01T08:00:00+07:00', dueDate: '2026-12-03' }),
    // 10. Voided (entered by mistake): counted nowhere.
    dossier('Chứng thực', { receivedAt: '2026-11-15T08:00:00+07:00', dueDate: '2026-11-17', voidedAt: '2026-11-15T08:01:00+07:00' }),
  ];

  const report = flowReport(dossiers, NOVEMBER);

  it('counts each field row by hand', () => {
    expect(report.byField.get('Hộ tịch')).toEqual({
      ...emptyFlowCounts(),
      received: 3, receivedOnline: 1, receivedOffline: 2, carriedOver: 1,
      finished: 3, early: 1, onTime: 1, late: 1,
      pending: 1, pendingWithinDeadline: 1, pendingOverdue: 0,
    });
    expect(report.byField.get('Chứng thực')).toEqual({
      ...emptyFlowCounts(),
      received: 2, receivedOnline: 1, receivedOffline: 1, carriedOver: 1,
      finished: 1, early: 1, onTime: 0, late: 0,
      pending: 2, pendingWithinDeadline: 1, pendingOverdue: 1,
    });
  });

  it('totals the rows, and received + carried over = finished + pending on every row', () => {
    expect(report.total).toMatchObject({ received: 5, carriedOver: 2, finished: 4, pending: 3 });
    for (const row of [...report.byField.values(), report.total]) {
      expect(row.received + row.carriedOver).toBe(row.finished + row.pending);
      expect(row.early + row.onTime + row.late).toBe(row.finished);
      expect(row.pendingWithinDeadline + row.pendingOverdue).toBe(row.pending);
    }
  });
});
