import * as v from 'valibot';

/**
 * The JSON of `GET /api/reports/<kind>` (docs/API.md), shared by the server that writes it and
 * the supervisor's phone that reads it. Every figure comes from src/domain, the same code the
 * phones count with; the `tables` are what the CSV and .xlsx downloads of the same query hold.
 */
export const REPORT_KINDS = ['flow', 'register', 'plan', 'officers', 'ranking'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** Output formats of the report endpoint. */
export const REPORT_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const RatioSchema = v.object({ numerator: Count, denominator: Count });

const CellSchema = v.union([v.string(), v.number(), v.null()]);
/** src/domain/export/table.ts as JSON. */
export const TableSchema = v.object({
  name: v.string(),
  title: v.array(v.string()),
  header: v.array(v.array(v.nullable(v.string()))),
  rows: v.array(v.array(CellSchema)),
});

const FlowCountsSchema = v.object({
  received: Count,
  receivedOnline: Count,
  receivedOffline: Count,
  carriedOver: Count,
  finished: Count,
  early: Count,
  onTime: Count,
  late: Count,
  pending: Count,
  pendingWithinDeadline: Count,
  pendingOverdue: Count,
});

/** What every kind answers: which unit, period and filters the figures are for, and the tables. */
const HeaderEntries = {
  unit: v.object({ id: v.string(), name: v.string(), kind: v.string() }),
  period: v.object({ param: v.string(), label: v.string(), start: v.string(), end: v.string() }),
  rule: v.picklist(['calendar', 'fifteenth']),
  filter: v.object({ field: v.nullable(v.string()), officer: v.nullable(v.string()), channel: v.nullable(v.string()) }),
  /** The units whose records the figures cover (a district: every unit below it). */
  units: v.array(v.object({ id: v.string(), name: v.string() })),
  generatedAt: v.string(),
  tables: v.array(TableSchema),
};

export const FlowReportJsonSchema = v.object({
  kind: v.literal('flow'),
  ...HeaderEntries,
  byField: v.array(v.object({ field: v.string(), counts: FlowCountsSchema })),
  total: FlowCountsSchema,
  reconciliation: v.object({ ok: v.boolean(), broken: v.array(v.object({ field: v.string(), what: v.string() })) }),
});

export const RegisterReportJsonSchema = v.object({
  kind: v.literal('register'),
  ...HeaderEntries,
  includePersonal: v.boolean(),
  entries: Count,
});

export const PlanReportJsonSchema = v.object({
  kind: v.literal('plan'),
  ...HeaderEntries,
  plan: v.object({ id: v.string(), name: v.string() }),
  rows: v.array(
    v.object({
      rowId: v.string(),
      section: v.string(),
      code: v.string(),
      label: v.string(),
      target: v.string(),
      achieved: v.string(),
      percent: v.nullable(v.number()),
      numerator: v.nullable(v.number()),
      denominator: v.nullable(v.number()),
      status: v.picklist(['met', 'not_met', 'no_data']),
      note: v.string(),
    }),
  ),
});

export const OfficersReportJsonSchema = v.object({
  kind: v.literal('officers'),
  ...HeaderEntries,
  officers: v.array(
    v.object({
      unitId: v.string(),
      unitName: v.string(),
      officerId: v.string(),
      officerName: v.string(),
      flow: FlowCountsSchema,
      indicators: v.record(v.string(), RatioSchema),
    }),
  ),
});

const RankedUnitSchema = v.object({
  rank: v.nullable(v.number()),
  unitId: v.string(),
  unitName: v.string(),
  numerator: Count,
  denominator: Count,
  percent: v.nullable(v.number()),
});

export const RankingReportJsonSchema = v.object({
  kind: v.literal('ranking'),
  ...HeaderEntries,
  /** Per indicator id, the units from best to worst, those without data last. */
  rankings: v.record(v.string(), v.array(RankedUnitSchema)),
});

/** Any report answer, told apart by `kind`. */
export const ReportJsonSchema = v.variant('kind', [FlowReportJsonSchema, RegisterReportJsonSchema, PlanReportJsonSchema, OfficersReportJsonSchema, RankingReportJsonSchema]);
export type ReportJson = v.InferOutput<typeof ReportJsonSchema>;
export type FlowReportJson = v.InferOutput<typeof FlowReportJsonSchema>;
export type RegisterReportJson = v.InferOutput<typeof RegisterReportJsonSchema>;
export type PlanReportJson = v.InferOutput<typeof PlanReportJsonSchema>;
export type OfficersReportJson = v.InferOutput<typeof OfficersReportJsonSchema>;
export type RankingReportJson = v.InferOutput<typeof RankingReportJsonSchema>;
export type ReportHeaderJson = Omit<FlowReportJson, 'kind' | 'byField' | 'total' | 'reconciliation'>;
