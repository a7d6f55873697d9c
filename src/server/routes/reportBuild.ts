import type { Dossier } from '../../domain/dossier.ts';
import type { Table } from '../../domain/export/table.ts';
import type { IndicatorFilter } from '../../domain/indicators/indicatorFilter.ts';
import { INDICATOR_IDS } from '../../domain/indicators/indicatorId.ts';
import { indicatorsOver } from '../../domain/indicators/indicatorsOver.ts';
import { findPreset } from '../../domain/plans/presets/index.ts';
import { addFlowReports, emptyFlowCounts, flowReport, lastInstantOf, type FlowReport } from '../../domain/reports/flowReport.ts';
import { flowTable, reconcileFlow } from '../../domain/reports/flowTable.ts';
import { officerBreakdown, officerTable, type UnitOfficerFigures } from '../../domain/reports/officerBreakdown.ts';
import { planReport, planTable } from '../../domain/reports/planReport.ts';
import { rankUnitsOnEveryIndicator, rankingTable } from '../../domain/reports/ranking.ts';
import { registerDossiers, registerTable } from '../../domain/reports/registerTable.ts';
import { vietnamDateKey } from '../../domain/vietnamTime.ts';
import { rangeUpTo, type DayRange } from '../../domain/periods/dayRange.ts';
import type { ReportJson, ReportKind } from '../../sync/reportWire.ts';
import type { AccessStore, Unit } from '../store/accessStore.ts';
import type { UnitRecord } from '../store/periodRecords.ts';
import type { SyncStore } from '../store/syncStore.ts';
import type { ReportQuery } from './reportQuery.ts';

/** Dossiers without an officer in the per-officer breakdown. */
export const NO_OFFICER_NAME = 'Chưa ghi cán bộ';

/** A report the route could not build, with its status and Vietnamese message. */
export class ReportRefusal extends Error {
  override readonly name = 'ReportRefusal';
  constructor(
    readonly status: 400 | 404,
    message: string,
  ) {
    super(message);
  }
}

/** What a report is built over: the unit asked for and the units whose records it covers. */
export interface ReportScope {
  readonly unit: Unit;
  /** The unit itself and every unit below it (what its supervisor reads), by name. */
  readonly units: readonly Unit[];
  /** The units below it (a district's communes and wards); empty for a commune. */
  readonly below: readonly Unit[];
}

/** The scope of a unit the token may read (checked before), from the access store's unit tree. */
export async function reportScope(access: Pick<AccessStore, 'listUnits' | 'readableUnits'>, unitId: string): Promise<ReportScope> {
  const [all, readable] = await Promise.all([access.listUnits(), access.readableUnits(unitId)]);
  const byId = new Map(all.map((u) => [u.id, u]));
  const unit = byId.get(unitId);
  if (unit === undefined) throw new ReportRefusal(404, 'Không có đơn vị này trên máy chủ.');
  const units = readable.flatMap((id) => byId.get(id) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'vi') || a.id.localeCompare(b.id));
  return { unit, units, below: units.filter((u) => u.id !== unit.id) };
}

/** A report's JSON and the tables its CSV and .xlsx hold. */
export type BuiltReport = ReportJson;

interface Inputs {
  readonly store: SyncStore;
  readonly access: Pick<AccessStore, 'listOfficers'>;
  readonly scope: ReportScope;
  readonly query: ReportQuery;
  readonly now: Date;
}

/** The query's field / officer / channel as the indicators' filter (the Chỉ tiêu screen's). */
function indicatorFilter(q: ReportQuery): IndicatorFilter {
  return { ...(q.field ? { fields: [q.field] } : {}), ...(q.officer ? { officerIds: [q.officer] } : {}), ...(q.channel ? { channels: [q.channel] } : {}) };
}

/** The same filter on whole dossiers (for Biểu 06 and the register). */
function keepDossier(q: ReportQuery): (d: Dossier) => boolean {
  return (d) => (q.field === undefined || d.procedure.field === q.field) && (q.officer === undefined || (d.officerId ?? '') === q.officer) && (q.channel === undefined || d.channel === q.channel);
}

const hasFilter = (q: ReportQuery) => q.field !== undefined || q.officer !== undefined || q.channel !== undefined;

/** A Table as plain (mutable) JSON arrays. */
function tableJson(t: Table) {
  return { name: t.name, title: [...t.title], header: t.header.map((row) => [...row]), rows: t.rows.map((row) => [...row]) };
}

function header(i: Inputs, tables: readonly Table[]) {
  const { scope, query: q } = i;
  return {
    unit: { id: scope.unit.id, name: scope.unit.name, kind: scope.unit.kind },
    period: { param: q.periodParam, label: q.label, start: q.range.start, end: q.range.end },
    rule: q.rule,
    filter: { field: q.field ?? null, officer: q.officer ?? null, channel: q.channel ?? null },
    units: scope.units.map((u) => ({ id: u.id, name: u.name })),
    generatedAt: i.now.toISOString(),
    tables: tables.map(tableJson),
  };
}

const records = <T>(rows: readonly UnitRecord<T>[], unitId?: string): T[] => rows.flatMap((r) => (unitId === undefined || r.unitId === unitId ? [r.record] : []));

async function flowKind(i: Inputs): Promise<ReportJson> {
  const { store, scope, query: q } = i;
  const ids = scope.units.map((u) => u.id);
  const range = countedRange(i);
  let report: FlowReport;
  if (hasFilter(q)) {
    // A filtered table is counted from the whole dossiers by the domain's flowReport.
    report = flowReport(records(await store.dossiersOpenDuring(ids, range)).filter(keepDossier(q)), range);
  } else {
    // Unfiltered: the store's per-unit Biểu 06 (covering index), added up.
    report = (await store.districtReport(ids, range)).reduce<FlowReport>((sum, u) => addFlowReports(sum, u.report), { byField: new Map(), total: emptyFlowCounts() });
  }
  const table = flowTable(report, { unitName: scope.unit.name, periodLabel: q.label });
  const reconciliation = reconcileFlow(report);
  return {
    kind: 'flow',
    ...header(i, [table]),
    byField: [...report.byField].map(([field, counts]) => ({ field, counts })).sort((a, b) => a.field.localeCompare(b.field, 'vi')),
    total: report.total,
    reconciliation: { ok: reconciliation.ok, broken: [...reconciliation.broken] },
  };
}

/** The period as counted: up to today when it is not over yet, as the phones count it. */
function countedRange(i: Inputs): DayRange {
  return rangeUpTo(i.query.range, vietnamDateKey(i.now.getTime()));
}

/** Per unit, officer ids → names; `desksOnly` leaves out supervisors (they record nothing). */
async function officerNames(i: Inputs, units: readonly Unit[], desksOnly = false): Promise<Map<string, Map<string, string>>> {
  const lists = await Promise.all(units.map((u) => i.access.listOfficers(u.id)));
  const keep = (role: string) => !desksOnly || role === 'officer';
  return new Map(units.map((u, n) => [u.id, new Map((lists[n] ?? []).flatMap((o) => (keep(o.role) ? [[o.officerId, o.name] as const] : [])))]));
}

async function registerKind(i: Inputs): Promise<ReportJson> {
  const { store, scope, query: q } = i;
  const ids = scope.units.map((u) => u.id);
  const names = await officerNames(i, scope.units);
  const entries = registerDossiers(records(await store.dossiersOpenDuring(ids, q.range)).filter(keepDossier(q)), q.range);
  const officerNamesAll = new Map([...names.values()].flatMap((m) => [...m]));
  const asOf = new Date(Math.min(Date.parse(lastInstantOf(q.range)), i.now.getTime())).toISOString();
  const table = registerTable(entries, { unitName: scope.unit.name, periodLabel: q.label, includePersonal: q.includePersonal, officerNames: officerNamesAll, asOf });
  return { kind: 'register', ...header(i, [table]), includePersonal: q.includePersonal, entries: entries.length };
}

async function planKind(i: Inputs): Promise<ReportJson> {
  const { store, scope, query: q } = i;
  if (q.plan === undefined) throw new ReportRefusal(400, 'Yêu cầu báo cáo không đúng: thiếu kế hoạch (plan), ví dụ plan=preset-000-cam-thinh-tay-2024');
  const plan = findPreset(q.plan);
  if (plan === undefined) throw new ReportRefusal(400, `Yêu cầu báo cáo không đúng: không có kế hoạch mẫu "${q.plan}"`);
  const ids = scope.units.map((u) => u.id);
  const [dossiers, feedback] = await Promise.all([store.dossiersOpenDuring(ids, q.range), store.feedbackDuring(ids, q.range)]);
  const all = records(dossiers);
  const allFeedback = records(feedback);
  const filter = indicatorFilter(q);
  const values = indicatorsOver(all, allFeedback, q.range, filter);
  // Manual rows are typed in on the phones and never sent: "Chưa có số liệu" here.
  const rows = planReport(plan, values, new Map(), (fields) => indicatorsOver(all, allFeedback, q.range, { ...filter, fields }));
  const table = planTable(rows, { unitName: scope.unit.name, periodLabel: q.label, planName: plan.name });
  return { kind: 'plan', ...header(i, [table]), plan: { id: plan.id, name: plan.name }, rows };
}

async function officersKind(i: Inputs): Promise<ReportJson> {
  const { store, scope, query: q } = i;
  const recording = scope.units;
  const ids = recording.map((u) => u.id);
  const [dossiers, feedback, names] = await Promise.all([store.dossiersOpenDuring(ids, q.range), store.feedbackDuring(ids, q.range), officerNames(i, recording, true)]);
  const filter = indicatorFilter(q);
  const rows: UnitOfficerFigures[] = recording.flatMap((u) => {
    const own = records(dossiers, u.id);
    const ownFeedback = records(feedback, u.id);
    const officers = names.get(u.id) ?? new Map<string, string>();
    // A unit with no officers and no records (a district itself) has no row.
    if (officers.size === 0 && own.length === 0 && ownFeedback.length === 0) return [];
    const narrowed = own.filter((d) => (q.field === undefined || d.procedure.field === q.field) && (q.channel === undefined || d.channel === q.channel));
    return officerBreakdown(narrowed, ownFeedback, countedRange(i), officers, NO_OFFICER_NAME, filter)
      .filter((r) => q.officer === undefined || r.officerId === q.officer)
      .map((r) => ({ ...r, unitId: u.id, unitName: u.name }));
  });
  const table = officerTable(rows, { unitName: scope.unit.name, periodLabel: q.label, withUnit: scope.below.length > 0 });
  return {
    kind: 'officers',
    ...header(i, [table]),
    officers: rows.map((r) => ({ unitId: r.unitId, unitName: r.unitName, officerId: r.officerId, officerName: r.officerName, flow: r.flow, indicators: { ...r.indicators } })),
  };
}

async function rankingKind(i: Inputs): Promise<ReportJson> {
  const { store, scope, query: q } = i;
  if (scope.below.length === 0) throw new ReportRefusal(400, 'Yêu cầu báo cáo không đúng: đơn vị này không có đơn vị cấp dưới để xếp hạng.');
  const ids = scope.below.map((u) => u.id);
  const [dossiers, feedback] = await Promise.all([store.dossiersOpenDuring(ids, q.range), store.feedbackDuring(ids, q.range)]);
  const filter = indicatorFilter(q);
  const units = scope.below.map((u) => ({ unitId: u.id, unitName: u.name, values: indicatorsOver(records(dossiers, u.id), records(feedback, u.id), q.range, filter) }));
  const rankings = rankUnitsOnEveryIndicator(units);
  const shown = q.indicator === undefined ? INDICATOR_IDS : [q.indicator];
  const tables = shown.map((id) => rankingTable(rankings[id], id, { unitName: scope.unit.name, periodLabel: q.label }));
  return { kind: 'ranking', ...header(i, tables), rankings: Object.fromEntries(Object.entries(rankings).map(([id, list]) => [id, [...list]])) };
}

const BUILDERS: Readonly<Record<ReportKind, (i: Inputs) => Promise<ReportJson>>> = {
  flow: flowKind,
  register: registerKind,
  plan: planKind,
  officers: officersKind,
  ranking: rankingKind,
};

/** Builds a report of a kind over a scope, with the phones' own domain code. */
export function buildReport(kind: ReportKind, inputs: Inputs): Promise<ReportJson> {
  return BUILDERS[kind](inputs);
}
