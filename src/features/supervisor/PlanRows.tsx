import { For } from 'solid-js';
import type { PlanReportJson } from '../../sync/reportWire.ts';
import { t } from '../../ui/i18n/t.ts';

const STATUS_WORDS = { met: () => t('Đạt'), not_met: () => t('Không đạt'), no_data: () => t('Chưa có số liệu') } as const;

/** A plan's annex rows: target, what was achieved, and whether it is met. Manual rows have no figure on the server. */
export function PlanRows(props: { report: PlanReportJson }) {
  return (
    <ul class="plan-report-rows">
      <For each={props.report.rows}>
        {(row) => (
          <li>
            <p class="plan-row-label">{row.code ? `${row.code}. ${row.label}` : row.label}</p>
            <p>{t('Chỉ tiêu: {target} · Đạt được: {achieved} · {status}', { target: row.target, achieved: row.achieved === '' ? '–' : row.achieved, status: STATUS_WORDS[row.status]() })}</p>
          </li>
        )}
      </For>
    </ul>
  );
}
