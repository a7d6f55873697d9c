import * as v from 'valibot';
import type { Ratio } from '../ratio.ts';

/** A percentage typed in by hand, e.g. an index score of 90 (Plan 003, Phụ lục 1, 5.4). */
export interface PercentEntry {
  readonly percent: number;
}

/** A text target's result in words, and whether the user judges it met (null: not yet known). */
export interface TextEntry {
  readonly text: string;
  readonly met: boolean | null;
}

/** A row's value for a period: a Ratio (computed, or counted by hand), a typed percentage, or words. */
export type PlanRowValue = Ratio | PercentEntry | TextEntry;

const CountSchema = v.pipe(v.number('phải là số'), v.finite('phải là số'), v.minValue(0, 'không được âm'));

/** Valibot schema of what a user may type in for a manual row. */
export const ManualEntrySchema = v.union(
  [
    v.pipe(
      v.object({ numerator: CountSchema, denominator: CountSchema }),
      v.check((entry) => entry.numerator <= entry.denominator, 'tử số không được lớn hơn mẫu số'),
    ),
    v.object({ percent: v.pipe(CountSchema, v.maxValue(100, 'tỷ lệ không vượt quá 100%')) }),
    v.object({
      text: v.pipe(v.string('phải là chữ'), v.trim(), v.maxLength(500, 'tối đa 500 ký tự')),
      met: v.nullable(v.boolean()),
    }),
  ],
  'giá trị nhập không hợp lệ',
);
