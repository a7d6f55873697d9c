import { createMutation } from '@tanstack/solid-query';
import { Show } from 'solid-js';
import type { ReportRequest } from '../../sync/client/reportClient.ts';
import { t } from '../../ui/i18n/t.ts';
import { downloadReport } from './createReportQuery.ts';
import { supervisorKeys } from './supervisorKeys.ts';

/** "Tải CSV" / "Tải Excel" of one report: fetched with the token, saved as a file. */
export function ReportDownloads(props: { request: ReportRequest; token: string }) {
  const download = createMutation(() => ({
    mutationKey: [...supervisorKeys.all, 'download'],
    mutationFn: (format: 'csv' | 'xlsx') => downloadReport(props.request, format, props.token),
    networkMode: 'always',
  }));
  return (
    <>
      <div class="row wrap">
        <button type="button" disabled={download.isPending} onClick={() => download.mutate('csv')}>
          {t('Tải CSV')}
        </button>
        <button type="button" disabled={download.isPending} onClick={() => download.mutate('xlsx')}>
          {t('Tải Excel')}
        </button>
      </div>
      <Show when={download.error}>{(error) => <p class="field-error" role="alert">{t('Không tải được tệp: {reason}', { reason: t(error().message) })}</p>}</Show>
    </>
  );
}
