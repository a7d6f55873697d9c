export { COMPARATORS, ComparatorSchema, meetsComparator, type Comparator } from './comparator.ts';
export {
  IndicatorSourceSchema,
  ManualSourceSchema,
  PercentTargetSchema,
  PlanFloorSchema,
  PlanHeadingRowSchema,
  PlanRowSchema,
  PlanSchema,
  PlanSectionSchema,
  PlanSourceSchema,
  PlanTargetRowSchema,
  PlanTargetSchema,
  TextTargetSchema,
  type Plan,
  type PlanFloor,
  type PlanHeadingRow,
  type PlanRow,
  type PlanSection,
  type PlanSource,
  type PlanTarget,
  type PlanTargetRow,
} from './planSchema.ts';
export { ManualEntrySchema, type PercentEntry, type PlanRowValue, type TextEntry } from './planRowValue.ts';
export { evaluatePlanRow, type PlanRowEvaluation, type PlanRowStatus } from './evaluatePlanRow.ts';
export { formatTarget, formatThreshold } from './formatTarget.ts';
export { targetRowsOf, type LocatedTargetRow } from './targetRows.ts';
export { copyPreset, createEmptyPlan, type NewPlanInput, type PlanResult } from './copyPlan.ts';
export { PLAN_PRESETS, findPreset } from './presets/index.ts';
