/**
 * The counts every indicator is built from. Each is attached to the Vietnam day of the
 * event it counts (receipt, resolution, end), so a period's figure is a sum of days.
 */
export const COUNTER_NAMES = [
  // By receipt day.
  'received',
  'receivedOnline',
  'receivedFullyOnline',
  'digitized',
  'reusedData',
  'postal',
  'feeDossiers',
  'paidOnline',
  'certifiedCopies',
  'electronicCertifiedCopies',
  // By resolution day.
  'resolved',
  'electronicResult',
  'syncedToPortal',
  // By end day (resolution, rejection, withdrawal or stop).
  'finished',
  'early',
  'onTime',
  'late',
  'lateWithApology',
  /** Finished and not dissatisfied, complained about or late (Decision 766 satisfaction formula). */
  'finishedWithoutGrievance',
  // By end day, or receipt day while in progress.
  'rated',
  'ratedSatisfied',
  // Feedback (phản ánh, kiến nghị) by its handling day.
  'feedbackHandled',
  'feedbackOnTime',
] as const;

export type CounterName = (typeof COUNTER_NAMES)[number];
export type Counters = Record<CounterName, number>;

/** All counters at zero. */
export function zeroCounters(): Counters {
  return Object.fromEntries(COUNTER_NAMES.map((n) => [n, 0])) as Counters;
}

/** Adds `delta` times `from` into `into` (delta −1 removes a contribution). */
export function addCounters(into: Counters, from: Partial<Counters>, delta = 1): void {
  for (const name of COUNTER_NAMES) {
    const value = from[name];
    if (value !== undefined && value !== 0) into[name] += value * delta;
  }
}

/** True when every counter is zero (an empty bucket can be deleted). */
export function isZero(c: Counters): boolean {
  return COUNTER_NAMES.every((n) => c[n] === 0);
}
