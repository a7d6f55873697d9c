import { describe, expect, it } from 'vitest';
import { emptyFlowCounts } from './flowReport.ts';
import { officerBreakdown } from './officerBreakdown.ts';
import { novemberAtOneCommune } from './supervisorFixture.testData.ts';

const NOVEMBER = { start: '2026-11-01', end: '2026-11-30' };
const OFFICERS = new Map([
  ['lan', 'Nguyễn Thị Lan'],
  ['minh', 'Trần Văn Minh'],
  ['thu', 'Lê Thu'],
]);

describe('officerBreakdown', () => {
  it('gives each officer of the unit their counts and indicators, then the dossiers without an officer', () => {
    const { dossiers, feedback } = novemberAtOneCommune();
    const rows = officerBreakdown(dossiers, feedback, NOVEMBER, OFFICERS, 'Chưa ghi cán bộ');
    expect(rows.map((r) => [r.officerId, r.officerName])).toEqual([
      ['lan', 'Nguyễn Thị Lan'],
      ['minh', 'Trần Văn Minh'],
      ['thu', 'Lê Thu'],
      ['', 'Chưa ghi cán bộ'],
    ]);
    const [lan, minh, thu, none] = rows;
    // lan: L1 (online, on time), L2 (early), L3 (late); the October one and the voided one count nowhere.
    expect(lan?.flow).toEqual({ ...emptyFlowCounts(), received: 3, receivedOnline: 1, receivedOffline: 2, finished: 3, early: 1, onTime: 1, late: 1 });
    expect(lan?.indicators.on_time).toEqual({ numerator: 2, denominator: 3 });
    expect(lan?.indicators.feedback_on_time).toEqual({ numerator: 1, denominator: 1 });
    // minh: M1 open and overdue (due 27/11), M2 open within its deadline (due 03/12), M3 withdrawn on its due day.
    expect(minh?.flow).toEqual({ ...emptyFlowCounts(), received: 3, receivedOnline: 1, receivedOffline: 2, finished: 1, onTime: 1, pending: 2, pendingWithinDeadline: 1, pendingOverdue: 1 });
    expect(minh?.indicators.online_received).toEqual({ numerator: 1, denominator: 3 });
    // thu recorded nothing: all zeros, no data.
    expect(thu?.flow).toEqual(emptyFlowCounts());
    expect(thu?.indicators.on_time).toEqual({ numerator: 0, denominator: 0 });
    // O1: carried over from October, resolved late on 02/11.
    expect(none?.flow).toEqual({ ...emptyFlowCounts(), carriedOver: 1, finished: 1, late: 1 });
  });

  it('lists an officer id no longer known to the unit by its id', () => {
    const { dossiers, feedback } = novemberAtOneCommune();
    const rows = officerBreakdown(dossiers, feedback, NOVEMBER, new Map([['lan', 'Nguyễn Thị Lan']]), 'Chưa ghi cán bộ');
    expect(rows.map((r) => r.officerName)).toEqual(['Nguyễn Thị Lan', 'minh', 'Chưa ghi cán bộ']);
  });
});
