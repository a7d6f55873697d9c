import { describe, expect, it } from 'vitest';
import type { Comparator } from './comparator.ts';
import { evaluatePlanRow, type PlanRowStatus } from './evaluatePlanRow.ts';
import type { PlanTargetRow } from './planSchema.ts';
import type { PlanRowValue } from './planRowValue.ts';
import { plan003PhuocMy2024 } from './presets/plan003PhuocMy2024.ts';
import { plan004ThongNhat2025 } from './presets/plan004ThongNhat2025.ts';
import { targetRowsOf } from './targetRows.ts';

function percentRow(value: number, comparator: Comparator): PlanTargetRow {
  return {
    kind: 'target',
    id: 'r',
    code: '1',
    label: 'Dòng thử',
    target: { kind: 'percent', value, comparator },
    source: { kind: 'indicator', indicatorId: 'online_received' },
  };
}

function presetRow(rows: ReturnType<typeof targetRowsOf>, id: string): PlanTargetRow {
  const found = rows.find(({ row }) => row.id === id)?.row;
  if (found === undefined) throw new Error(`no row ${id}`);
  return found;
}

describe('evaluatePlanRow on percent targets', () => {
  const cases: [string, Comparator, number, PlanRowValue, PlanRowStatus, number | null][] = [
    // "Tối thiểu 45%" (Plan 000, Phụ lục I.1)
    ['gte below', 'gte', 45, { numerator: 44, denominator: 100 }, 'not_met', 1],
    ['gte at', 'gte', 45, { numerator: 45, denominator: 100 }, 'met', 0],
    ['gte above', 'gte', 45, { numerator: 46, denominator: 100 }, 'met', 0],
    // "trên 99,5%" (Plan 001, Phụ lục III.2)
    ['gt below', 'gt', 99.5, { numerator: 198, denominator: 200 }, 'not_met', 0.5],
    ['gt at: strictly more is needed', 'gt', 99.5, { numerator: 199, denominator: 200 }, 'not_met', 0],
    ['gt above', 'gt', 99.5, { numerator: 200, denominator: 200 }, 'met', 0],
    // "60" (Plan 004, Phụ lục I.2): a level to reach
    ['eq below', 'eq', 60, { numerator: 59, denominator: 100 }, 'not_met', 1],
    ['eq at', 'eq', 60, { numerator: 60, denominator: 100 }, 'met', 0],
    ['eq above: exceeding a "đạt" target is no failure', 'eq', 60, { numerator: 65, denominator: 100 }, 'met', 0],
    // "100%": every dossier, judged on the counts
    ['100% with one missing of 200', 'eq', 100, { numerator: 199, denominator: 200 }, 'not_met', 0.5],
    ['100% with one missing of 30 000', 'eq', 100, { numerator: 29_999, denominator: 30_000 }, 'not_met', 100 / 30_000],
    ['100% with all', 'eq', 100, { numerator: 7, denominator: 7 }, 'met', 0],
    ['1 of 3 against 33,333%', 'gte', 33.333, { numerator: 1, denominator: 3 }, 'met', 0],
    ['typed percent below', 'gte', 90, { percent: 89.9 }, 'not_met', 0.1],
    ['typed percent at', 'gt', 70, { percent: 70 }, 'not_met', 0],
    ['typed percent above', 'gt', 70, { percent: 70.1 }, 'met', 0],
    ['typed 99,99 is not 100', 'eq', 100, { percent: 99.99 }, 'not_met', 0.01],
  ];

  it.each(cases)('%s', (_name, comparator, target, value, status, gap) => {
    const evaluation = evaluatePlanRow(percentRow(target, comparator), value);
    expect(evaluation.status).toBe(status);
    if (gap === null) expect(evaluation.gap).toBeNull();
    else expect(evaluation.gap).toBeCloseTo(gap, 9);
    expect(evaluation).not.toHaveProperty('floorBreached');
  });

  it('gives the unrounded percent', () => {
    expect(evaluatePlanRow(percentRow(100, 'eq'), { numerator: 199, denominator: 200 }).percent).toBe(99.5);
  });

  const noData: [string, PlanRowValue | undefined][] = [
    ['0 of 0', { numerator: 0, denominator: 0 }],
    ['nothing entered', undefined],
    ['a count over its total', { numerator: 5, denominator: 4 }],
    ['a negative count', { numerator: -1, denominator: 4 }],
    ['a count over zero', { numerator: 3, denominator: 0 }],
    ['NaN', { numerator: Number.NaN, denominator: 4 }],
    ['a percent above 100', { percent: 101 }],
    ['words on a percent target', { text: 'đạt', met: true }],
  ];

  it.each(noData)('is no_data for %s', (_name, value) => {
    expect(evaluatePlanRow(percentRow(100, 'eq'), value)).toEqual({ status: 'no_data', percent: null, gap: null });
  });

  it('is no_data for 0 of 0 even against a 0% target', () => {
    expect(evaluatePlanRow(percentRow(0, 'gte'), { numerator: 0, denominator: 0 }).status).toBe('no_data');
  });
});

describe('evaluatePlanRow with a floor (Plan 004, Phụ lục I, IV.1: 99%, "tối thiểu 95%")', () => {
  const row = presetRow(targetRowsOf(plan004ThongNhat2025), 'IV.1');

  const cases: [number, PlanRowStatus, boolean][] = [
    [100, 'met', false],
    [99, 'met', false],
    [96, 'not_met', false],
    [95, 'not_met', false],
    [94, 'not_met', true],
  ];

  it.each(cases)('%i of 100 on time → %s, floor breached: %s', (onTime, status, floorBreached) => {
    const evaluation = evaluatePlanRow(row, { numerator: onTime, denominator: 100 });
    expect(evaluation).toMatchObject({ status, floorBreached, percent: onTime });
  });

  it('gives the gap to the target, not to the floor', () => {
    expect(evaluatePlanRow(row, { numerator: 96, denominator: 100 }).gap).toBeCloseTo(3, 9);
  });

  it('says nothing about the floor without data', () => {
    expect(evaluatePlanRow(row, { numerator: 0, denominator: 0 })).toEqual({ status: 'no_data', percent: null, gap: null });
  });
});

describe('evaluatePlanRow on text targets (Plan 003, Phụ lục 1, 1.1 Par Index)', () => {
  const row = presetRow(targetRowsOf(plan003PhuocMy2024), '1.1');

  const cases: [string, PlanRowValue | undefined, PlanRowStatus][] = [
    ['the user says met', { text: 'Xếp thứ 2/21', met: true }, 'met'],
    ['the user says not met', { text: 'Xếp thứ 15/21', met: false }, 'not_met'],
    ['the user has not judged yet', { text: 'Chưa công bố', met: null }, 'no_data'],
    ['nothing entered', undefined, 'no_data'],
    ['a number, which cannot say it', { percent: 100 }, 'no_data'],
  ];

  it.each(cases)('%s → %s', (_name, value, status) => {
    expect(evaluatePlanRow(row, value)).toEqual({ status, percent: null, gap: null });
  });
});
