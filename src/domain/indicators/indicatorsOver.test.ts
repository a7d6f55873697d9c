import { describe, expect, it } from 'vitest';
import { novemberAtOneCommune } from '../reports/supervisorFixture.testData.ts';
import { indicatorsOver } from './indicatorsOver.ts';

const NOVEMBER = { start: '2026-11-01', end: '2026-11-30' };

describe('indicatorsOver (server indicators from whole dossiers)', () => {
  it('computes November at one commune as worked by hand', () => {
    const { dossiers, feedback } = novemberAtOneCommune();
    const values = indicatorsOver(dossiers, feedback, NOVEMBER);
    // Received in November: L1, L2, L3, M1, M2, M3 = 6 (O1 came in October, "Before" too, the voided one counts nowhere).
    expect(values.online_received).toEqual({ numerator: 2, denominator: 6 }); // L1 online_full, M2 online_partial
    expect(values.fully_online_received).toEqual({ numerator: 1, denominator: 6 }); // L1
    expect(values.digitized).toEqual({ numerator: 2, denominator: 6 }); // L1, M2
    // Resolved in November: L1, L2, L3, O1 (M3 was withdrawn, not resolved); e-result: L1.
    expect(values.electronic_result).toEqual({ numerator: 1, denominator: 4 });
    // Received in November with a fee: L2, L3, M2; paid online: L2.
    expect(values.online_payment).toEqual({ numerator: 1, denominator: 3 });
    // Finished in November: L1 on time, L2 early, L3 late, M3 on time (withdrawn on its due day), O1 late.
    expect(values.on_time).toEqual({ numerator: 3, denominator: 5 });
    expect(values.early).toEqual({ numerator: 1, denominator: 5 });
    // 766: finished without being late, dissatisfied or complained about: L1, L2, M3.
    expect(values.satisfaction_766).toEqual({ numerator: 3, denominator: 5 });
    expect(values.late_with_apology).toEqual({ numerator: 0, denominator: 2 });
    // Feedback due Mon 16/11 (10 working days from Mon 02/11), handled Fri 13/11.
    expect(values.feedback_on_time).toEqual({ numerator: 1, denominator: 1 });
  });

  it('counts only the days of the range, and applies the filter', () => {
    const { dossiers, feedback } = novemberAtOneCommune();
    // 02/11 – 03/11: received L1, L2, M3 (3), finished L1 on time, L2 early, M3 on time, O1 late (4).
    const twoDays = indicatorsOver(dossiers, feedback, { start: '2026-11-02', end: '2026-11-03' });
    expect(twoDays.online_received).toEqual({ numerator: 1, denominator: 3 });
    expect(twoDays.on_time).toEqual({ numerator: 3, denominator: 4 });
    expect(twoDays.feedback_on_time).toEqual({ numerator: 0, denominator: 0 });
    // Officer minh in November: received M1, M2, M3; finished M3 on time.
    const minh = indicatorsOver(dossiers, feedback, NOVEMBER, { officerIds: ['minh'] });
    expect(minh.online_received).toEqual({ numerator: 1, denominator: 3 });
    expect(minh.on_time).toEqual({ numerator: 1, denominator: 1 });
    // Field Chứng thực: L3 only (received and late).
    const certification = indicatorsOver(dossiers, feedback, NOVEMBER, { fields: ['Chứng thực'] });
    expect(certification.on_time).toEqual({ numerator: 0, denominator: 1 });
  });
});
