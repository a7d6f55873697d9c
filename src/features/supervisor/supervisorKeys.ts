import type { ReportRequest } from '../../sync/client/reportClient.ts';

/** Query keys of the supervisor view (one factory per feature, TanStack style). */
export const supervisorKeys = {
  all: ['supervisor'] as const,
  report: (request: ReportRequest) => [...supervisorKeys.all, 'report', request.kind, request.unit ?? '', request.period, request.rule, request.indicator ?? '', request.plan ?? ''] as const,
};

/** The cache key of a request (the same parts as its query key). */
export function cacheKeyOf(request: ReportRequest): string {
  return supervisorKeys.report(request).join('|');
}
