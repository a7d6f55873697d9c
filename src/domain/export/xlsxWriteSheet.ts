import { plainNumber } from './csvWrite.ts';
import type { Cell, Table } from './table.ts';
import { cellRef, columnLetters, xmlEscape } from './xlsxWriteXml.ts';
import { STYLE } from './xlsxWriteStyles.ts';

/** Excel refuses a workbook with a longer cell text ("We found a problem with some content"). */
const MAX_CELL_CHARS = 32_767;

/** Collects the workbook's distinct strings for xl/sharedStrings.xml. */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly list: string[] = [];
  private uses = 0;

  /** The index of a string, adding it on first use; text past Excel's 32,767-character cell limit is cut. */
  add(full: string): number {
    const text = full.length > MAX_CELL_CHARS ? full.slice(0, MAX_CELL_CHARS) : full;
    this.uses += 1;
    const known = this.index.get(text);
    if (known !== undefined) return known;
    this.index.set(text, this.list.length);
    this.list.push(text);
    return this.list.length - 1;
  }

  /** The shared strings part. */
  toXml(): string {
    const items = this.list.map((text) => `<si>${textElement(text)}</si>`).join('');
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.uses}" uniqueCount="${this.list.length}">${items}</sst>`;
  }
}

function textElement(text: string): string {
  const normalized = text.replace(/\r\n?/g, '\n');
  const preserve = /^\s|\s$|\n/.test(normalized) ? ' xml:space="preserve"' : '';
  return `<t${preserve}>${xmlEscape(normalized)}</t>`;
}

/** Where the parts of a table land on its sheet (1-based rows). */
export interface SheetLayout {
  readonly firstHeaderRow: number;
  readonly lastHeaderRow: number;
}

/** Rows of titles, then one blank row when there are titles, then the header and the body. */
export function sheetLayout(table: Table): SheetLayout {
  const firstHeaderRow = table.title.length > 0 ? table.title.length + 2 : 1;
  return { firstHeaderRow, lastHeaderRow: firstHeaderRow + table.header.length - 1 };
}

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
/** Header text wraps, so a long header label widens its column only this far. */
const HEADER_WIDTH_CAP = 24;

function cellText(cell: Cell): string {
  if (cell === null) return '';
  return typeof cell === 'number' ? plainNumber(cell) : cell;
}

function longestLine(text: string): number {
  return Math.max(0, ...text.split(/\r?\n/).map((line) => [...line].length));
}

/** Column widths in Excel character units, estimated from the longest line in each column. */
export function estimateColumnWidths(table: Table): number[] {
  const columns = Math.max(0, ...table.header.map((row) => row.length), ...table.rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, () => MIN_WIDTH);
  for (const row of table.header) {
    row.forEach((cell, column) => {
      // A header spanning several columns (null cells after it) does not widen the first one.
      if (cell === null || row[column + 1] === null) return;
      widths[column] = Math.max(widths[column]!, Math.min(longestLine(cell), HEADER_WIDTH_CAP) + 2);
    });
  }
  for (const row of table.rows) {
    row.forEach((cell, column) => {
      widths[column] = Math.max(widths[column]!, longestLine(cellText(cell)) + 2);
    });
  }
  return widths.map((width) => Math.min(width, MAX_WIDTH));
}

/** Horizontal merges of a header row: each non-null cell followed by null cells. */
export function headerMerges(row: readonly (string | null)[]): { from: number; to: number }[] {
  const merges: { from: number; to: number }[] = [];
  row.forEach((cell, column) => {
    if (cell === null || row[column + 1] !== null || column + 1 >= row.length) return;
    let to = column + 1;
    while (to + 1 < row.length && row[to + 1] === null) to += 1;
    merges.push({ from: column, to });
  });
  return merges;
}

/** A wrapped header row's height in points, from the text length over its (merged) width. */
function headerRowHeight(row: readonly (string | null)[], widths: readonly number[]): number {
  let lines = 1;
  row.forEach((cell, column) => {
    if (cell === null) return;
    let width = widths[column] ?? MIN_WIDTH;
    for (let next = column + 1; row[next] === null; next += 1) width += widths[next] ?? MIN_WIDTH;
    const perLine = Math.max(1, width - 2);
    const needed = cell.split(/\r?\n/).reduce((sum, line) => sum + Math.max(1, Math.ceil([...line].length / perLine)), 0);
    lines = Math.max(lines, needed);
  });
  return lines * 15 + 3;
}

function cellXml(cell: Cell, ref: string, style: number, strings: SharedStrings): string {
  if (cell === null || (typeof cell === 'number' && !Number.isFinite(cell))) return `<c r="${ref}" s="${style}"/>`;
  if (typeof cell === 'number') return `<c r="${ref}" s="${style}"><v>${String(cell)}</v></c>`;
  return `<c r="${ref}" s="${style}" t="s"><v>${strings.add(cell)}</v></c>`;
}

/** xl/worksheets/sheetN.xml for one table. */
export function sheetXml(table: Table, strings: SharedStrings): string {
  const layout = sheetLayout(table);
  const widths = estimateColumnWidths(table);
  const rows: string[] = [];
  table.title.forEach((line, index) => {
    const style = index === 0 ? STYLE.title : STYLE.plain;
    const height = index === 0 ? ' ht="21" customHeight="1"' : '';
    rows.push(`<row r="${index + 1}"${height}>${cellXml(line, cellRef(0, index + 1), style, strings)}</row>`);
  });
  const merges: string[] = [];
  table.header.forEach((header, index) => {
    const rowNumber = layout.firstHeaderRow + index;
    const cells = header.map((cell, column) => cellXml(cell, cellRef(column, rowNumber), STYLE.header, strings));
    rows.push(`<row r="${rowNumber}" ht="${headerRowHeight(header, widths)}" customHeight="1">${cells.join('')}</row>`);
    for (const { from, to } of headerMerges(header)) merges.push(`<mergeCell ref="${cellRef(from, rowNumber)}:${cellRef(to, rowNumber)}"/>`);
  });
  table.rows.forEach((row, index) => {
    const rowNumber = layout.lastHeaderRow + 1 + index;
    const cells = row.map((cell, column) =>
      cellXml(cell, cellRef(column, rowNumber), typeof cell === 'number' ? STYLE.bodyNumber : STYLE.bodyText, strings),
    );
    rows.push(`<row r="${rowNumber}">${cells.join('')}</row>`);
  });
  const lastRow = Math.max(1, layout.lastHeaderRow + table.rows.length);
  const lastColumn = Math.max(1, widths.length);
  const frozen = table.header.length > 0 ? layout.lastHeaderRow : 0;
  const pane =
    frozen > 0
      ? `<pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${frozen + 1}" sqref="A${frozen + 1}"/>`
      : '';
  const cols = widths.length
    ? `<cols>${widths.map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`).join('')}</cols>`
    : '';
  const mergeXml = merges.length ? `<mergeCells count="${merges.length}">${merges.join('')}</mergeCells>` : '';
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>',
    `<dimension ref="A1:${columnLetters(lastColumn - 1)}${lastRow}"/>`,
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>`,
    '<sheetFormatPr defaultRowHeight="15"/>',
    cols,
    `<sheetData>${rows.join('')}</sheetData>`,
    mergeXml,
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>',
    // paperSize 9 = A4; fitToWidth 1 with fitToHeight 0 = one page wide, as many pages tall as needed.
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>',
    '</worksheet>',
  ].join('');
}
