import type { Plan, PlanSection, PlanTargetRow } from './planSchema.ts';

/** A target row with the section it sits in. */
export interface LocatedTargetRow {
  readonly section: PlanSection;
  readonly row: PlanTargetRow;
}

/** Every row that carries a target, in the plan's order (headings left out). */
export function targetRowsOf(plan: Plan): LocatedTargetRow[] {
  return plan.sections.flatMap((section) =>
    section.rows.flatMap((row) => (row.kind === 'target' ? [{ section, row }] : [])),
  );
}
