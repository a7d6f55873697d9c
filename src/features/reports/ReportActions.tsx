import { createSignal, Show } from 'solid-js';
import { tableToCsv } from '../../domain/export/csvWrite.ts';
import type { Table } from '../../domain/export/table.ts';
import type { Period } from '../../domain/periods/period.ts';
import { t } from '../../ui/i18n/t.ts';
import { downloadFile } from '../../ui/download.ts';
import { reportFileName } from './reportFile.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * "In", "Tải CSV", "Tải Excel (.xlsx)": the report printed or saved on the phone, always whole
 * (`beforePrint` draws any lines the screen left out, since print renders what is on screen).
 */
export function ReportActions(props: { table: Table | null; period: Period; beforePrint?: () => void }) {
  const [error, setError] = createSignal<string | null>(null);
  const saveXlsx = async (table: Table) => {
    setError(null);
    try {
      // The writer (and fflate) load only when first asked for.
      const { tablesToXlsx } = await import('../../domain/export/xlsxWrite.ts');
      downloadFile(reportFileName(table, props.period, 'xlsx'), new Uint8Array(tablesToXlsx([table])), XLSX_TYPE);
    } catch {
      setError(t('Không tạo được tệp Excel. Hãy thử lại.'));
    }
  };
  return (
    <div class="report-actions no-print">
      <div class="row wrap">
        <button type="button" disabled={props.table === null} onClick={() => (props.beforePrint?.(), window.print())}>
          {t('In')}
        </button>
        <button type="button" disabled={props.table === null} onClick={() => props.table && downloadFile(reportFileName(props.table, props.period, 'csv'), tableToCsv(props.table), 'text/csv;charset=utf-8')}>
          {t('Tải CSV')}
        </button>
        <button type="button" disabled={props.table === null} onClick={() => props.table && void saveXlsx(props.table)}>
          {t('Tải Excel (.xlsx)')}
        </button>
      </div>
      <Show when={error()}>
        <p class="notice error" role="alert">
          {error()}
        </p>
      </Show>
    </div>
  );
}
