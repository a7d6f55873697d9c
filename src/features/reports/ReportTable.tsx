import { For, Index } from 'solid-js';
import type { Cell, Table } from '../../domain/export/table.ts';
import { FLOW_TOTAL_LABEL } from '../../domain/reports/flowTable.ts';
import { NATIONAL_HEADING } from '../../domain/reports/reportFormat.ts';
import { formatCount } from '../../ui/format.ts';
import { t } from '../../ui/i18n/t.ts';
import { columnWidths } from './columnWidths.ts';
import { headerCells } from './headerCells.ts';

/**
 * A report as printed: the unit top left, the national motto top right, the title and period,
 * then the table in a region of its own that scrolls sideways on a phone (the page never does).
 * The header rows sit in <thead>, which print repeats on every page.
 */
export function ReportTable(props: { table: Table; caption: string; emptyText: string; rowLimit?: number | undefined }) {
  const rows = () => (props.rowLimit === undefined ? props.table.rows : props.table.rows.slice(0, props.rowLimit));
  const layout = () => headerCells(props.table.header);
  const unit = () => props.table.title[0] ?? '';
  const titles = () => props.table.title.slice(1);
  return (
    <article class="report-sheet" aria-label={props.caption}>
      <header class="report-heading">
        <div class="report-unit">
          <p>{unit()}</p>
        </div>
        <div class="report-motto" lang="vi">
          <p>{NATIONAL_HEADING[0]}</p>
          <p>{NATIONAL_HEADING[1]}</p>
        </div>
      </header>
      <div class="report-titles">
        <For each={titles()}>{(line, i) => (i() === 0 ? <h2>{line}</h2> : <p>{line}</p>)}</For>
      </div>
      <div class="table-scroll" role="region" aria-label={t('Bảng {report}, cuộn ngang để xem hết các cột', { report: props.caption })} tabindex="0">
        <table class={`report-table report-${props.table.name}`}>
          <caption class="visually-hidden">{props.caption}</caption>
          <colgroup>
            <For each={columnWidths(props.table)}>{(width) => <col style={{ width: `${width}%` }} />}</For>
          </colgroup>
          <thead>
            <For each={layout()}>
              {(row) => (
                <tr>
                  <For each={row}>
                    {(cell) => (
                      <th scope={cell.colSpan > 1 ? 'colgroup' : 'col'} colSpan={cell.colSpan} rowSpan={cell.rowSpan}>
                        {cell.text}
                      </th>
                    )}
                  </For>
                </tr>
              )}
            </For>
          </thead>
          <tbody>
            <Index each={rows()}>
              {(row) => (
                <tr classList={{ 'report-subtotal': row()[1] === FLOW_TOTAL_LABEL || (row()[0] === '' && row().slice(2).every((c) => c === '' || c === null)) }}>
                  <Index each={row()}>{(cell) => <td classList={{ num: typeof cell() === 'number' }}>{formatCell(cell())}</td>}</Index>
                </tr>
              )}
            </Index>
          </tbody>
        </table>
      </div>
      <p class="report-empty" hidden={props.table.rows.length > 0}>
        {props.emptyText}
      </p>
    </article>
  );
}

/** Counts in the interface's number format (1.234); text as it is. */
function formatCell(cell: Cell): string {
  return typeof cell === 'number' ? formatCount(cell) : (cell ?? '');
}
