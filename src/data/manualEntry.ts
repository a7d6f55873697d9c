import type { PlanRowValue } from '../domain/plans/planRowValue.ts';

/** A figure the user typed for a plan row that no dossier can compute, for one period. */
export interface ManualEntry {
  /** `${planId}|${rowKey}|${periodKey}` */
  key: string;
  planId: string;
  rowKey: string;
  periodKey: string;
  value: PlanRowValue;
  updatedAt: string;
}
