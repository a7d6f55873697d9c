import * as v from 'valibot';

/** The four faces the citizen taps (the portal's rating scale). */
export const SATISFACTION_LEVELS = ['very_satisfied', 'satisfied', 'acceptable', 'dissatisfied'] as const;
export const SatisfactionSchema = v.picklist(SATISFACTION_LEVELS);
export type Satisfaction = v.InferOutput<typeof SatisfactionSchema>;

/** Vietnamese labels of the four faces. */
export const SATISFACTION_LABELS: Readonly<Record<Satisfaction, string>> = {
  very_satisfied: 'Rất hài lòng',
  satisfied: 'Hài lòng',
  acceptable: 'Chấp nhận được',
  dissatisfied: 'Không hài lòng',
};

/** Counted as "hài lòng" in the satisfied / rated indicator: the two top faces. */
export function isSatisfied(level: Satisfaction): boolean {
  return level === 'very_satisfied' || level === 'satisfied';
}
