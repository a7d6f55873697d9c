/** A CSV that cannot be read at all (unterminated quote, wrong encoding). */
export class CsvSyntaxError extends Error {
  override readonly name = 'CsvSyntaxError';
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`Dòng ${line}: ${message}`);
  }
}

/** One parsed row and the file line it starts on (1-based, header = line 1). */
export interface CsvRow {
  readonly line: number;
  readonly cells: readonly string[];
}

/**
 * RFC 4180 CSV: quoted cells may hold commas, quotes ("") and line breaks. Accepts a UTF-8
 * BOM, CRLF or LF, and the semicolon separator Excel uses in Vietnamese locales when the
 * header has more semicolons than commas. Blank lines are skipped.
 */
export function parseCsv(text: string): CsvRow[] {
  if (text.includes('\uFFFD')) throw new CsvSyntaxError(1, 'tệp không phải UTF-8 (có ký tự lỗi mã hóa). Hãy lưu lại dạng "CSV UTF-8".');
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const separator = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 1;
  const endRow = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0]!.trim() !== '') rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < body.length; i += 1) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"') {
        if (body[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else quoted = false;
      } else {
        if (ch === '\n') line += 1;
        cell += ch;
      }
    } else if (ch === '"' && cell === '') {
      quoted = true;
      quoteLine = line;
    } else if (ch === separator) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i += 1;
      endRow();
      line += 1;
      rowLine = line;
    } else {
      cell += ch;
    }
  }
  if (quoted) throw new CsvSyntaxError(quoteLine, 'dấu ngoặc kép (") mở mà không đóng.');
  if (cell !== '' || cells.length > 0) endRow();
  return rows;
}

/** Escapes one cell for CSV output. */
export function csvCell(value: string): string {
  return /[",;\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
