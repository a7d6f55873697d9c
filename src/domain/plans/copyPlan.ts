import * as v from 'valibot';
import { PlanSchema, type Plan } from './planSchema.ts';

/** A plan built from user input: valid, or the reasons it is not (in Vietnamese). */
export type PlanResult = { readonly ok: true; readonly plan: Plan } | { readonly ok: false; readonly issues: readonly string[] };

function validate(candidate: unknown): PlanResult {
  // Valibot rebuilds every object and array it parses, so a valid result shares nothing with its input.
  const result = v.safeParse(PlanSchema, candidate);
  if (result.success) return { ok: true, plan: result.output };
  return { ok: false, issues: result.issues.map((issue) => issue.message) };
}

/** An editable copy of a preset, under a new id and named "Bản sao của …". */
export function copyPreset(preset: Plan, id: string): PlanResult {
  return validate({ ...preset, id, name: `Bản sao của ${preset.name}`, copiedFrom: preset.id });
}

/** What the user gives to start a plan of their own. */
export interface NewPlanInput {
  readonly id: string;
  readonly name: string;
  readonly unitName: string;
  readonly year: number;
  readonly source?: string;
}

/** A custom plan with no section yet, for the user to fill in. */
export function createEmptyPlan(input: NewPlanInput): PlanResult {
  return validate({
    id: input.id,
    name: input.name,
    unitName: input.unitName,
    year: input.year,
    source: input.source ?? '',
    sections: [],
  });
}
