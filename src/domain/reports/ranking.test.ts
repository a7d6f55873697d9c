import { describe, expect, it } from 'vitest';
import { NO_INDICATOR_DATA } from '../indicators/computeIndicators.ts';
import { rankUnits, rankUnitsOnEveryIndicator, type UnitIndicators } from './ranking.ts';

const unit = (unitId: string, unitName: string, numerator: number, denominator: number): UnitIndicators => ({
  unitId,
  unitName,
  values: { ...NO_INDICATOR_DATA, on_time: { numerator, denominator } },
});

describe('rankUnits', () => {
  it('ranks the highest share first, ties share a rank, units without data last', () => {
    const units = [
      unit('xa-a', 'Xã An', 9, 10), // 90%
      unit('xa-b', 'Xã Bình', 2, 2), // 100%
      unit('xa-c', 'Xã Cát', 0, 0), // no data
      unit('xa-d', 'Xã Đông', 18, 20), // 90%: ties Xã An (18·10 = 9·20)
      unit('xa-e', 'Xã Én', 1, 2), // 50%
    ];
    expect(rankUnits(units, 'on_time').map((r) => [r.rank, r.unitName, r.numerator, r.denominator, r.percent])).toEqual([
      [1, 'Xã Bình', 2, 2, 100],
      [2, 'Xã An', 9, 10, 90],
      [2, 'Xã Đông', 18, 20, 90],
      [4, 'Xã Én', 1, 2, 50],
      [null, 'Xã Cát', 0, 0, null],
    ]);
  });

  it('compares the counts, not rounded percentages: 2 of 3 beats 666 of 1000', () => {
    const ranked = rankUnits([unit('a', 'A', 666, 1000), unit('b', 'B', 2, 3)], 'on_time');
    expect(ranked.map((r) => [r.rank, r.unitId])).toEqual([
      [1, 'b'],
      [2, 'a'],
    ]);
  });

  it('ranks on every indicator of the catalogue', () => {
    const all = rankUnitsOnEveryIndicator([unit('a', 'A', 1, 1)]);
    expect(all.on_time[0]?.rank).toBe(1);
    expect(all.digitized[0]?.rank).toBeNull();
    expect(Object.keys(all)).toHaveLength(16);
  });
});
