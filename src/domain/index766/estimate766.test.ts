import { describe, expect, it } from 'vitest';
import { NO_INDICATOR_DATA as noData, type IndicatorValues } from '../indicators/computeIndicators.ts';
import { estimate766 } from './estimate766.ts';
import { MODEL_766 } from './model766.ts';


describe('Decision 766 estimate', () => {
  it('has five groups worth 100 points in all, each group the sum of its parts', () => {
    expect(MODEL_766.map((g) => g.points)).toEqual([18, 20, 22, 18, 22]);
    for (const g of MODEL_766) expect(g.parts.reduce((s, p) => s + p.points, 0)).toBe(g.points);
  });

  it('is the full range 0–100 with no data, never a made-up score', () => {
    expect(estimate766(noData)).toMatchObject({ min: 0, max: 100 });
  });

  it('scores known parts by their rate and leaves unknown parts as a range', () => {
    const values: IndicatorValues = {
      ...noData,
      on_time: { numerator: 9, denominator: 10 }, // 20 × 90% = 18
      portal_synced: { numerator: 1, denominator: 2 }, // 6 × 50% = 3
      feedback_on_time: { numerator: 1, denominator: 1 }, // 6 × 100% = 6
      online_received: { numerator: 1, denominator: 4 }, // 12 × 25% = 3
      online_payment: { numerator: 0, denominator: 5 }, // 10 × 0% = 0
      satisfaction_766: { numerator: 3, denominator: 4 }, // 18 × 75% = 13.5
      digitized: { numerator: 1, denominator: 1 }, // 8
      electronic_result: { numerator: 1, denominator: 2 }, // 4
      reused_data: { numerator: 1, denominator: 3 }, // 2
    };
    const e = estimate766(values);
    // Known: 3 + 6 + 18 + 3 + 0 + 13.5 + 8 + 4 + 2 = 57.5; unknown: publication, 6 points.
    expect(e.min).toBeCloseTo(57.5, 10);
    expect(e.max).toBeCloseTo(63.5, 10);
    expect(e.groups.find((g) => g.id === 'transparency')?.parts[2]).toEqual({ label: 'Công khai TTHC đầy đủ, đúng hạn trên Cổng', points: 6, earned: null, missing: 'unknown' });
  });
});
