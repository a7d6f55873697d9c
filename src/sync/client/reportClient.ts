import type { IndicatorId } from '../../domain/indicators/indicatorId.ts';
import type { PeriodRule } from '../../domain/periods/periodRule.ts';
import { PROTOCOL_VERSION } from '../protocol.ts';
import { ReportJsonSchema, type ReportJson, type ReportKind } from '../reportWire.ts';
import { serverJson, serverResponse } from './httpTransport.ts';

/** One report to ask the server for (`GET /api/reports/<kind>`, docs/API.md). */
export interface ReportRequest {
  readonly kind: ReportKind;
  /** `month:2026-10`… (src/domain/periods/periodParam.ts). */
  readonly period: string;
  readonly rule: PeriodRule;
  /** The unit to report on; the token's own when absent. */
  readonly unit?: string;
  readonly indicator?: IndicatorId;
  readonly plan?: string;
}

/** A downloaded report file. */
export interface ReportFile {
  readonly blob: Blob;
  readonly fileName: string;
}

/** The supervisor's reports: figures as JSON, or the same tables as a CSV or Excel file. */
export interface ReportClient {
  fetchReport(request: ReportRequest, token: string): Promise<ReportJson>;
  downloadReport(request: ReportRequest, format: 'csv' | 'xlsx', token: string): Promise<ReportFile>;
}

/** Thrown when the server cannot be reached at all (offline, DNS, a dropped connection). */
export const OFFLINE_MESSAGE = 'Cần kết nối mạng để cập nhật.';

/** The query string of a request in a format. */
export function reportQuery(request: ReportRequest, format: 'json' | 'csv' | 'xlsx'): string {
  const params = new URLSearchParams({ protocol: String(PROTOCOL_VERSION), period: request.period, rule: request.rule, format });
  if (request.unit !== undefined) params.set('unit', request.unit);
  if (request.indicator !== undefined) params.set('indicator', request.indicator);
  if (request.plan !== undefined) params.set('plan', request.plan);
  return params.toString();
}

function fileNameOf(disposition: string | null, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(disposition ?? '');
  return match?.[1] ?? fallback;
}

/** The real client over `fetch`; a refusal becomes a SyncHttpError with the server's Vietnamese message. */
export function httpReportClient(baseUrl = '', fetchImpl: typeof fetch = (...args) => fetch(...args)): ReportClient {
  const call = (request: ReportRequest, format: 'json' | 'csv' | 'xlsx', token: string): Promise<Response> =>
    serverResponse(fetchImpl, `${baseUrl}/api/reports/${request.kind}?${reportQuery(request, format)}`, {}, token, OFFLINE_MESSAGE);
  return {
    async fetchReport(request, token) {
      return serverJson(await call(request, 'json', token), ReportJsonSchema);
    },
    async downloadReport(request, format, token) {
      const response = await call(request, format, token);
      return { blob: await response.blob(), fileName: fileNameOf(response.headers.get('content-disposition'), `bao-cao-${request.kind}.${format}`) };
    },
  };
}
