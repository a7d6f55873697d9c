import * as v from 'valibot';
import { DOSSIER_SCHEMA_VERSION, DossierSchema, NO_FACTS_YET, type Dossier } from './dossier.ts';
import { DossierV1Schema, type DossierV1 } from './dossierV1.ts';
import type { Procedure } from './procedure.ts';

/**
 * Upgrades a version-1 (walking skeleton) dossier to the current shape. Nothing is lost:
 * every v1 field has a v2 home; new facts start false; the stored appointment date becomes
 * both due and appointment date (v1 had no supplements or apologies).
 */
export function upgradeDossierV1(d: DossierV1): Dossier {
  const { timeLimitDays, ...procedure } = d.procedure;
  const upgradedProcedure: Procedure = {
    ...procedure,
    timeLimit: timeLimitDays === 0 ? { unit: 'same_day' } : { unit: 'working_days', amount: timeLimitDays },
    hasFee: false,
    paperResult: true,
    certifiedCopy: false,
  };
  return {
    schemaVersion: DOSSIER_SCHEMA_VERSION,
    id: d.id,
    procedure: upgradedProcedure,
    channel: d.channel,
    receivedAt: d.receivedAt,
    dueDate: d.appointmentDate,
    appointmentDate: d.appointmentDate,
    status: d.status,
    supplementRequests: [],
    ...(d.resolvedAt !== undefined ? { resolvedAt: d.resolvedAt } : {}),
    ...(d.returnedAt !== undefined ? { returnedAt: d.returnedAt } : {}),
    digitized: d.digitized,
    electronicResult: d.electronicResult,
    ...NO_FACTS_YET,
    updatedAt: d.updatedAt,
  };
}

/** Reads a stored dossier of any known version as the current shape; issues say why not. */
export function readAnyDossier(record: unknown, config?: v.Config<v.InferIssue<typeof DossierSchema>>): v.SafeParseResult<typeof DossierSchema> {
  const v1 = v.safeParse(DossierV1Schema, record);
  return v.safeParse(DossierSchema, v1.success ? upgradeDossierV1(v1.output) : record, config);
}
