import { createQuery } from '@tanstack/solid-query';
import { readCachedReport, saveCachedReport } from '../../data/supervisorReportCache.ts';
import type { SoMotCuaDatabase } from '../../data/database.ts';
import { SyncHttpError } from '../../sync/client/httpTransport.ts';
import { httpReportClient, OFFLINE_MESSAGE, type ReportClient, type ReportRequest } from '../../sync/client/reportClient.ts';
import type { ReportJson } from '../../sync/reportWire.ts';
import { cacheKeyOf, supervisorKeys } from './supervisorKeys.ts';
import { downloadFile } from '../../ui/download.ts';

/** The report client of the app (the UI never calls fetch itself). */
export const reportClient: ReportClient = httpReportClient();

/** Figures to show: fresh from the server, or the last fetched copy when it cannot be reached. */
export interface ShownReport<T extends ReportJson> {
  readonly report: T;
  readonly fetchedAt: string;
  /** Why these figures could not be refreshed (null when fresh). */
  readonly staleBecause: string | null;
}

/**
 * A report through TanStack Query: fetched with the device's token and kept on the phone, so
 * that offline (or when the server refuses) the last figures stay on screen with their time.
 * Runs offline too (networkMode "always"): the fallback is read from the phone.
 */
export function createReportQuery<T extends ReportJson>(db: SoMotCuaDatabase, request: () => ReportRequest | null, token: () => string | null) {
  return createQuery(() => {
    const r = request();
    const tokenValue = token();
    return {
      queryKey: r === null ? [...supervisorKeys.all, 'none'] : supervisorKeys.report(r),
      enabled: r !== null && tokenValue !== null,
      networkMode: 'always' as const,
      retry: false,
      staleTime: 60_000,
      queryFn: async (): Promise<ShownReport<T>> => {
        if (r === null || tokenValue === null) throw new Error('no request');
        const key = cacheKeyOf(r);
        try {
          const report = await reportClient.fetchReport(r, tokenValue);
          const fetchedAt = new Date().toISOString();
          await saveCachedReport(db, key, report, fetchedAt);
          return { report: report as T, fetchedAt, staleBecause: null };
        } catch (error) {
          const cached = await readCachedReport(db, key);
          const reason = error instanceof SyncHttpError ? error.message : OFFLINE_MESSAGE;
          if (cached !== null && cached.report.kind === r.kind) return { report: cached.report as T, fetchedAt: cached.fetchedAt, staleBecause: reason };
          throw new SyncHttpError(error instanceof SyncHttpError ? error.status : 0, reason);
        }
      },
    };
  });
}

/** Fetches a report file from the server and saves it on the phone. */
export async function downloadReport(request: ReportRequest, format: 'csv' | 'xlsx', token: string): Promise<void> {
  const file = await reportClient.downloadReport(request, format, token);
  downloadFile(file.fileName, file.blob, file.blob.type);
}
