import * as v from 'valibot';

/**
 * How a measured percentage is held against a plan's figure. DOMAIN.md §4: "Comparators differ
 * too: 'tối thiểu' ≥, 'trên' >, 'đạt' =".
 *
 * - `gte`, "tối thiểu X%": met at X or above (Plan 000, Phụ lục I.1: "Tối thiểu 45%").
 * - `gt`, "trên X%": met only strictly above X (Plan 001, Phụ lục III.2: "trên 99,5%").
 * - `eq`, a bare "X%" or "đạt X%" (Plan 004, Phụ lục I.2: "60"). DOMAIN.md writes it "=", but in
 *   every seed plan such a figure is a level to reach, never a ceiling: 65% of dossiers online
 *   against "đạt 60%" is not a failure. So `eq` is met at X or above, exactly like `gte`; it stays a
 *   value of its own only so the plan's wording ("đạt" rather than "tối thiểu") is kept and shown.
 *   For X = 100, "at or above" means every single dossier, and the check runs on the exact counts:
 *   199 of 200 (99.5%) never rounds up into a met 100% target.
 */
export const COMPARATORS = ['gte', 'gt', 'eq'] as const;

/** Valibot schema of a comparator. */
export const ComparatorSchema = v.picklist(COMPARATORS, 'phép so sánh không hợp lệ');

/** One of `gte` (tối thiểu), `gt` (trên), `eq` (đạt: reach at least). */
export type Comparator = v.InferOutput<typeof ComparatorSchema>;

/** Whether a measurement meets a threshold, given the sign of (measurement − threshold). */
export function meetsComparator(sign: number, comparator: Comparator): boolean {
  return comparator === 'gt' ? sign > 0 : sign >= 0;
}
