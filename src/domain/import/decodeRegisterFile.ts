import { CsvSyntaxError, parseCsv, type CsvRow } from '../csv/parseCsv.ts';
import { XlsxReadError, readXlsxRows } from '../export/xlsxRead.ts';

/** Largest register file accepted, checked before anything is read (docs/IMPORT.md). */
export const MAX_REGISTER_FILE_BYTES = 20 * 1024 * 1024;

/**
 * A file refused as a whole (too big, wrong kind, wrong encoding, broken quoting); the
 * message is for the officer, `line` is set when one line is to blame.
 */
export class RegisterFileError extends Error {
  override readonly name = 'RegisterFileError';
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(line === undefined ? message : `Dòng ${line}: ${message}`);
  }
}

/** "20 MB". */
export function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}

/** Refuses a file by its size alone, before it is read into memory. */
export function checkRegisterFileSize(size: number): void {
  if (size > MAX_REGISTER_FILE_BYTES) {
    throw new RegisterFileError(`Tệp quá lớn (${megabytes(size)}; tối đa ${megabytes(MAX_REGISTER_FILE_BYTES)}). Hãy chia sổ thành nhiều tệp, ví dụ mỗi năm một tệp.`);
  }
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

/**
 * Text of a CSV file: UTF-8 with or without a BOM, or UTF-16 with its BOM. Anything else
 * (Windows-1258, TCVN3, latin1 from an old Excel "Save as CSV") is refused, since guessing
 * would write wrong Vietnamese into the register.
 */
export function decodeCsvText(bytes: Uint8Array): string {
  try {
    if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    // The decoder drops a UTF-8 BOM itself (ignoreBOM is false by default).
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // NUL characters are valid UTF-8 but no text file has them: UTF-16 without its BOM.
    if (text.includes('\u0000')) throw new RangeError('NUL in text');
    return text;
  } catch {
    throw new RegisterFileError(
      'Tệp không phải mã UTF-8 nên chữ tiếng Việt sẽ bị sai. Trong Excel, chọn Lưu thành (Save As) → "CSV UTF-8 (Comma delimited)", rồi nhập lại; hoặc lưu dạng .xlsx.',
    );
  }
}

/** The rows of a register file, CSV or .xlsx (told apart by content, not by name), with the line each starts on. */
export function decodeRegisterFile(bytes: Uint8Array): CsvRow[] {
  checkRegisterFileSize(bytes.length);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    try {
      return readXlsxRows(bytes).flatMap((cells, index) => (cells.some((c) => c.trim() !== '') ? [{ line: index + 1, cells }] : []));
    } catch (error) {
      if (error instanceof XlsxReadError) throw new RegisterFileError(error.message);
      throw error;
    }
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new RegisterFileError('Tệp .xls (Excel 97–2003) chưa đọc được. Trong Excel, hãy lưu thành .xlsx hoặc "CSV UTF-8".');
  }
  const text = decodeCsvText(bytes);
  try {
    return parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new RegisterFileError(error.message.replace(/^Dòng \d+: /, ''), error.line);
    throw error;
  }
}
