import { readAnyDossier } from '../../domain/upgradeDossier.ts';
import { FeedbackSchema, type Feedback } from '../../domain/feedback.ts';
import type { Dossier } from '../../domain/dossier.ts';
import * as v from 'valibot';
import { parsedJson } from './mergeIncoming.ts';

/** A record read for a report, with the unit it belongs to. */
export interface UnitRecord<T> {
  readonly unitId: string;
  readonly record: T;
}

/** A row of the period queries: the unit and the stored whole record (JSON text or parsed). */
export interface PeriodRow {
  readonly unitId: string;
  readonly data: unknown;
}

/** How a store's SQL differs for the period queries. */
export interface PeriodDialect {
  readonly placeholder: (n: number) => string;
  /** `unit_id = <p1>` (one unit per query) or `unit_id = ANY(<p1>)`. */
  readonly unitFilter: string;
  /** Text after `FROM dossiers` (SQLite is told to use the report index). */
  readonly indexHint: string;
}

/**
 * The dossiers a period's reports read whole (placeholders: unit, start, end exclusive, as
 * reportBounds gives them): received before the period's end and not ended before its start,
 * voided entries left out. Two branches (ended since the start, still open), each a range on
 * the (unit_id, finished_at, received_at, voided_at, …) report index of migration 4.
 */
export function dossiersDuringQuery({ placeholder: p, unitFilter, indexHint }: PeriodDialect): string {
  const from = `SELECT unit_id AS "unitId", data FROM dossiers ${indexHint} WHERE ${unitFilter} AND received_at < ${p(3)} AND voided_at IS NULL`;
  return `${from} AND finished_at >= ${p(2)} UNION ALL ${from} AND finished_at IS NULL`;
}

/** The feedback a period reads (same placeholders): received before its end, not handled before its start. */
export function feedbackDuringQuery({ placeholder: p, unitFilter }: PeriodDialect): string {
  const from = `SELECT unit_id AS "unitId", data FROM feedback WHERE ${unitFilter} AND received_at < ${p(3)}`;
  return `${from} AND handled_at >= ${p(2)} UNION ALL ${from} AND handled_at IS NULL`;
}

/** Stored dossiers as the domain reads them (version-1 rows upgraded); an unreadable row is logged by id and left out. */
export function dossiersOf(rows: readonly PeriodRow[]): UnitRecord<Dossier>[] {
  const out: UnitRecord<Dossier>[] = [];
  for (const row of rows) {
    const parsed = readAnyDossier(parsedJson(row.data));
    if (parsed.success) out.push({ unitId: row.unitId, record: parsed.output });
    else console.error(`report: unreadable dossier in unit ${row.unitId}`);
  }
  return out;
}

/** Stored feedback as the domain reads it; an unreadable row is left out. */
export function feedbackOf(rows: readonly PeriodRow[]): UnitRecord<Feedback>[] {
  const out: UnitRecord<Feedback>[] = [];
  for (const row of rows) {
    const parsed = v.safeParse(FeedbackSchema, parsedJson(row.data));
    if (parsed.success) out.push({ unitId: row.unitId, record: parsed.output });
    else console.error(`report: unreadable feedback in unit ${row.unitId}`);
  }
  return out;
}
