import type { Cell, Table } from './table.ts';

const BOM = '\uFEFF';

/** Writes a number plainly: no grouping, '.' as the decimal mark, no exponent for ordinary values. */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return value.toFixed(0);
  const text = String(value);
  if (!/e/i.test(text)) return text;
  // Very small or very large non-integers: expand the exponent rather than write "1e-7".
  return value.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
}

/**
 * Text a spreadsheet would run as a formula (OWASP "CSV injection"): starting with = or @, a tab
 * or carriage return, or + / - followed by something other than a number ("+84 912…" and
 * "-5" stay as typed). Names and notes typed at the desk end up in exports.
 */
const FORMULA_START = /^(?:[=@\t\r]|[+-][^\d\s.,])/;

/** `text` with a leading apostrophe when a spreadsheet would run it as a formula, otherwise as it is. */
export function defuseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * One cell as CSV text: a text cell a spreadsheet would run as a formula gets a leading
 * apostrophe, and RFC 4180 quoting applies when it holds a separator, a quote, a line break or
 * edge spaces.
 */
export function csvField(cell: Cell): string {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? plainNumber(cell) : defuseFormula(cell);
  // ';' is quoted too so a file opened by Excel in a Vietnamese locale (';' separator) keeps its cells.
  return /[",;\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A Table as CSV (RFC 4180): UTF-8 BOM so Excel reads Vietnamese correctly, CRLF line ends,
 * header rows then body rows. Title lines are left out so the file reads back as data.
 */
export function tableToCsv(table: Table): string {
  const lines = [...table.header, ...table.rows].map((row) => row.map(csvField).join(','));
  return BOM + lines.map((line) => `${line}\r\n`).join('');
}

/** The CSV of a Table as UTF-8 bytes (BOM included), ready for a download or a file. */
export function csvBytes(table: Table): Uint8Array {
  return new TextEncoder().encode(tableToCsv(table));
}
