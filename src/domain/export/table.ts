/** One cell of a report table: text, a number (kept numeric in .xlsx), or empty. */
export type Cell = string | number | null;

/**
 * A report as a plain table: what the CSV and .xlsx exports write and what print renders.
 * The device and the server build the same Table from the same src/domain code.
 *
 * - `title` lines sit above the header in .xlsx and in print (unit name, report name,
 *   period); CSV leaves them out, so a CSV reads back as data.
 * - `header` has one or more rows (Biểu 06 has two). A header cell of `null` continues the
 *   cell to its left (the .xlsx writer merges them; CSV writes it empty).
 */
export interface Table {
  /** Sheet name and file-name stem, e.g. "So-theo-doi" (at most 31 characters, none of []:*?/\). */
  readonly name: string;
  readonly title: readonly string[];
  readonly header: readonly (readonly (string | null)[])[];
  readonly rows: readonly (readonly Cell[])[];
}
