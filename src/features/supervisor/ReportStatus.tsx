import { Show } from 'solid-js';
import { formatDateTime } from '../../ui/format.ts';
import { t } from '../../ui/i18n/t.ts';
import type { ShownReport } from './createReportQuery.ts';
import type { ReportJson } from '../../sync/reportWire.ts';

/** When the figures were fetched, and why they could not be refreshed (offline, refused). */
export function ReportStatus(props: { shown: ShownReport<ReportJson> }) {
  return (
    <>
      <p class="report-time">{t('Số liệu lúc {time}', { time: formatDateTime(props.shown.fetchedAt) })}</p>
      <Show when={props.shown.staleBecause}>
        {(reason) => (
          <p class="notice error" role="status">
            {t(reason())}
          </p>
        )}
      </Show>
    </>
  );
}
