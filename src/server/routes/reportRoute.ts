import { Hono } from 'hono';
import { csvBytes } from '../../domain/export/csvWrite.ts';
import { tablesToXlsx } from '../../domain/export/xlsxWrite.ts';
import { REPORT_KINDS, type ReportJson, type ReportKind } from '../../sync/reportWire.ts';
import type { AccessStore } from '../store/accessStore.ts';
import type { SyncStore } from '../store/syncStore.ts';
import { errorBody } from './errorBody.ts';
import { queryProtocolCheck } from './queryProtocol.ts';
import { buildReport, reportScope, ReportRefusal } from './reportBuild.ts';
import { parseReportQuery, type ReportQuery } from './reportQuery.ts';
import { requireToken, type AuthEnv } from './requireToken.ts';
import { requireUnitRead } from './unitScope.ts';

/** What the report route needs. */
export interface ReportRouteDeps {
  readonly store: SyncStore;
  readonly access: AccessStore;
  readonly now: () => Date;
}

const isKind = (kind: string): kind is ReportKind => (REPORT_KINDS as readonly string[]).includes(kind);

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `Bieu-06_xa-an-binh_month-2026-10.csv`: ASCII only, so every browser keeps it. */
function fileName(report: ReportJson, query: ReportQuery, extension: string): string {
  const stem = report.tables.length === 1 ? (report.tables[0]?.name ?? report.kind) : `Bao-cao-${report.kind}`;
  const safe = (text: string) => text.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return `${safe(stem)}_${safe(report.unit.id)}_${safe(query.periodParam)}.${extension}`;
}

/** The answer in the format asked for: the JSON, or its tables as CSV (one table) or .xlsx. */
function encode(report: ReportJson, query: ReportQuery): Response {
  const headers = { 'Cache-Control': 'no-store' };
  if (query.format === 'json') return Response.json(report, { headers });
  if (query.format === 'csv') {
    const [table, ...more] = report.tables;
    if (table === undefined || more.length > 0) {
      return Response.json(errorBody('Yêu cầu báo cáo không đúng: tệp CSV chỉ chứa một bảng, hãy chọn một chỉ tiêu (indicator).'), { status: 400, headers });
    }
    return new Response(new Uint8Array(csvBytes(table)), {
      headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${fileName(report, query, 'csv')}"` },
    });
  }
  return new Response(new Uint8Array(tablesToXlsx(report.tables)), {
    headers: { ...headers, 'Content-Type': XLSX_TYPE, 'Content-Disposition': `attachment; filename="${fileName(report, query, 'xlsx')}"` },
  });
}

/**
 * `GET /reports/<kind>?protocol=2&period=…[&unit=…][&rule=…][&field=…][&officer=…][&channel=…][&format=json|csv|xlsx]`:
 * a unit's (or a district's) report for a period, computed with the phones' own domain code.
 * Any token reads its own unit; a supervisor also the units below it (403 otherwise).
 */
export function reportRoute({ store, access, now }: ReportRouteDeps): Hono<AuthEnv> {
  const route = new Hono<AuthEnv>();
  route.get(
    '/reports/:kind',
    queryProtocolCheck(),
    requireToken(access),
    async (c, next) => {
      if (!isKind(c.req.param('kind'))) return c.json(errorBody(`Không có loại báo cáo này. Các loại: ${REPORT_KINDS.join(', ')}.`), 404);
      return next();
    },
    requireUnitRead(access, (c) => c.req.query('unit') ?? c.get('auth').unitId),
    async (c) => {
      const kind = c.req.param('kind') as ReportKind;
      const parsed = parseReportQuery(c.req.query());
      if (!parsed.ok) return c.json(errorBody(parsed.error), 400);
      const query = parsed.query;
      try {
        const scope = await reportScope(access, query.unit ?? c.get('auth').unitId);
        const report = await buildReport(kind, { store, access, scope, query, now: now() });
        return encode(report, query);
      } catch (error) {
        if (error instanceof ReportRefusal) return c.json(errorBody(error.message), error.status);
        throw error;
      }
    },
  );
  return route;
}
