import type { DayRange } from '../../domain/periods/dayRange.ts';
import { addFlowCounts, addFlowReports, emptyFlowCounts, flowReport, type FlowCounts, type FlowDossier, type FlowReport } from '../../domain/reports/flowReport.ts';
import type { Channel } from '../../domain/channel.ts';
import type { DossierStatus, SupplementRequest } from '../../domain/dossier.ts';
import { vietnamDayBounds } from '../../domain/vietnamTime.ts';
import { parsedJson } from './mergeIncoming.ts';

/** One unit's Biểu 06 table for a period. */
export interface UnitFlowReport {
  readonly unitId: string;
  readonly report: FlowReport;
}

/** The UTC bounds a report query reads: ended since `start`, or still open; received before `endExclusive`. */
export function reportBounds(range: DayRange): { start: string; endExclusive: string } {
  return { start: vietnamDayBounds(range.start).start, endExclusive: vietnamDayBounds(range.end).end };
}

/** One row of the report query: the columns the domain report reads, no personal data. */
export interface ReportRow {
  readonly unitId: string;
  readonly receivedAt: string;
  readonly resolvedAt: string | null;
  readonly endedAt: string | null;
  readonly voidedAt: string | null;
  readonly status: DossierStatus;
  readonly dueDate: string;
  readonly apologyDate: string | null;
  readonly channel: Channel;
  readonly field: string;
  /** The supplement requests (JSON), read only for dossiers still open at the period's end. */
  readonly supplements: unknown;
}

/** How a store's SQL differs for the report query. */
export interface ReportDialect {
  readonly placeholder: (n: number) => string;
  /** Which units: `unit_id = <p1>` (one per query) or `unit_id = ANY(<p1>)`. */
  readonly unitFilter: string;
  /** The SQL reading `data`'s supplement requests. */
  readonly supplements: string;
  /** Text after `FROM dossiers` (SQLite needs to be told to use the finished_at index). */
  readonly indexHint: string;
}

/**
 * The SQL selecting the dossiers a period's report reads whole (placeholders: unit, start,
 * end), through the index on (unit_id, finished_at): those still open at the period's end,
 * with their supplement requests (is the clock stopped?), and those that ended in it but were
 * written before the server kept `outcome` and `online`. The domain's `flowReport` counts them.
 */
export function reportRowsQuery({ placeholder: p, unitFilter, supplements, indexHint }: ReportDialect): string {
  const columns = `unit_id AS "unitId", received_at AS "receivedAt", resolved_at AS "resolvedAt", ended_at AS "endedAt",
    voided_at AS "voidedAt", status, due_date AS "dueDate", apology_date AS "apologyDate", channel, field`;
  const from = `FROM dossiers ${indexHint} WHERE ${unitFilter} AND received_at < ${p(3)}`;
  return [
    `SELECT ${columns}, NULL AS supplements ${from} AND finished_at >= ${p(2)} AND finished_at < ${p(3)} AND (outcome IS NULL OR online IS NULL)`,
    `SELECT ${columns}, ${supplements} AS supplements ${from} AND finished_at >= ${p(3)}`,
    `SELECT ${columns}, ${supplements} AS supplements ${from} AND finished_at IS NULL`,
  ].join(' UNION ALL ');
}

/** Counts of one field's dossiers that ended in the period, as the counting query answers them. */
export interface EndedCountsRow {
  readonly unitId: string;
  readonly field: string;
  readonly received: number | string;
  readonly receivedOnline: number | string;
  readonly receivedOffline: number | string;
  readonly carriedOver: number | string;
  readonly finished: number | string;
  readonly early: number | string;
  readonly onTime: number | string;
  readonly late: number | string;
}

/**
 * The SQL counting, per unit and field, the dossiers that ended in the period (placeholders:
 * unit, start, end) from the covering index alone: received in the period (online or not) or
 * carried over, and early / on time / late. It only adds up what the domain decided for each
 * dossier when it was written (`outcome`, `online`), with the period's cut by Vietnam day as
 * `flowReport` makes it; the store contract checks both give the same tables.
 */
export function endedCountsQuery({ placeholder: p, unitFilter, indexHint }: ReportDialect): string {
  const count = (condition: string) => `sum(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;
  return `SELECT unit_id AS "unitId", field,
      ${count(`received_at >= ${p(2)}`)} AS received,
      ${count(`received_at >= ${p(2)} AND online = 1`)} AS "receivedOnline",
      ${count(`received_at >= ${p(2)} AND online = 0`)} AS "receivedOffline",
      ${count(`received_at < ${p(2)}`)} AS "carriedOver",
      count(*) AS finished,
      ${count("outcome = 'early'")} AS early,
      ${count("outcome = 'on_time'")} AS "onTime",
      ${count("outcome = 'late'")} AS late
    FROM dossiers ${indexHint}
    WHERE ${unitFilter} AND finished_at >= ${p(2)} AND finished_at < ${p(3)}
      AND voided_at IS NULL AND outcome IS NOT NULL AND online IS NOT NULL
    GROUP BY unit_id, field`;
}

/** A report row as the domain report reads it. */
export function flowDossierOf(row: ReportRow): FlowDossier {
  const supplements = row.supplements === null ? [] : (parsedJson(row.supplements) as SupplementRequest[]);
  return {
    receivedAt: row.receivedAt,
    ...(row.resolvedAt === null ? {} : { resolvedAt: row.resolvedAt }),
    ...(row.endedAt === null ? {} : { endedAt: row.endedAt }),
    ...(row.voidedAt === null ? {} : { voidedAt: row.voidedAt }),
    status: row.status,
    dueDate: row.dueDate,
    ...(row.apologyDate === null ? {} : { apology: { newDate: row.apologyDate } }),
    supplementRequests: supplements,
    channel: row.channel,
    procedure: { field: row.field },
  };
}

/**
 * Each unit's table: the domain report over the dossiers read whole, plus the counted ones
 * (units with neither get an empty table).
 */
export function unitFlowReports(unitIds: readonly string[], rows: readonly ReportRow[], counted: readonly EndedCountsRow[], range: DayRange): UnitFlowReport[] {
  const byUnit = new Map<string, FlowDossier[]>(unitIds.map((id) => [id, []]));
  for (const row of rows) byUnit.get(row.unitId)?.push(flowDossierOf(row));
  const countedByUnit = new Map<string, Map<string, FlowCounts>>();
  for (const row of counted) {
    const fields = countedByUnit.get(row.unitId) ?? new Map<string, FlowCounts>();
    fields.set(row.field, countsOf(row));
    countedByUnit.set(row.unitId, fields);
  }
  return [...byUnit].map(([unitId, dossiers]) => {
    const fields = countedByUnit.get(unitId) ?? new Map<string, FlowCounts>();
    const total = [...fields.values()].reduce(addFlowCounts, emptyFlowCounts());
    return { unitId, report: addFlowReports(flowReport(dossiers, range), { byField: fields, total }) };
  });
}

function countsOf(row: EndedCountsRow): FlowCounts {
  return {
    ...emptyFlowCounts(),
    received: Number(row.received),
    receivedOnline: Number(row.receivedOnline),
    receivedOffline: Number(row.receivedOffline),
    carriedOver: Number(row.carriedOver),
    finished: Number(row.finished),
    early: Number(row.early),
    onTime: Number(row.onTime),
    late: Number(row.late),
  };
}
