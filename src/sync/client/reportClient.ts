import * as v from 'valibot';
import type { IndicatorId } from '../../domain/indicators/indicatorId.ts';
import type { PeriodRule } from '../../domain/periods/periodRule.ts';
import { AUTH_SCHEME, ErrorResponseSchema, PROTOCOL_VERSION } from '../protocol.ts';
import { ReportJsonSchema, type ReportJson, type ReportKind } from '../reportWire.ts';
import { SyncHttpError } from './httpTransport.ts';

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
  const call = async (request: ReportRequest, format: 'json' | 'csv' | 'xlsx', token: string): Promise<Response> => {
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}/api/reports/${request.kind}?${reportQuery(request, format)}`, { headers: { authorization: `${AUTH_SCHEME} ${token}` } });
    } catch {
      throw new SyncHttpError(0, OFFLINE_MESSAGE);
    }
    if (!response.ok) {
      const parsed = v.safeParse(ErrorResponseSchema, await response.json().catch(() => null));
      throw new SyncHttpError(response.status, parsed.success ? parsed.output.error : `Máy chủ trả lỗi ${response.status}.`);
    }
    return response;
  };
  return {
    async fetchReport(request, token) {
      const response = await call(request, 'json', token);
      const parsed = v.safeParse(ReportJsonSchema, await response.json().catch(() => null));
      if (!parsed.success) throw new SyncHttpError(response.status, 'Máy chủ trả lời không đúng định dạng.');
      return parsed.output;
    },
    async downloadReport(request, format, token) {
      const response = await call(request, format, token);
      return { blob: await response.blob(), fileName: fileNameOf(response.headers.get('content-disposition'), `bao-cao-${request.kind}.${format}`) };
    },
  };
}
