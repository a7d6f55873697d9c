import * as v from 'valibot';
import { csvCell, CsvSyntaxError, parseCsv } from './csv/parseCsv.ts';
import { foldVietnamese } from './csv/normalizeHeader.ts';
import { ProcedureSchema, type Procedure, type TimeLimit } from './procedure.ts';

/** The import columns, in template order, with the folded header each one is matched by. */
export const PROCEDURE_CSV_COLUMNS = [
  { key: 'code', header: 'Mã TTHC', required: false },
  { key: 'name', header: 'Tên thủ tục', required: true },
  { key: 'field', header: 'Lĩnh vực', required: true },
  { key: 'amount', header: 'Thời hạn', required: false },
  { key: 'unit', header: 'Đơn vị thời hạn', required: true },
  { key: 'cutoff', header: 'Giờ tiếp nhận cuối', required: false },
  { key: 'hasFee', header: 'Có phí, lệ phí', required: true },
  { key: 'paperResult', header: 'Kết quả bản giấy', required: false },
  { key: 'certifiedCopy', header: 'Chứng thực bản sao', required: false },
] as const;

type ColumnKey = (typeof PROCEDURE_CSV_COLUMNS)[number]['key'];

/** One problem, on one line of the file, in Vietnamese. */
export interface ImportError {
  readonly line: number;
  readonly message: string;
}

/** Either every row read, or the reasons none was (an import is all or nothing). */
export type ProcedureImport = { readonly ok: true; readonly procedures: Procedure[] } | { readonly ok: false; readonly errors: ImportError[] };

/** Largest file accepted, in characters (a commune's catalogue is a few hundred rows). */
export const MAX_PROCEDURE_CSV_CHARS = 2_000_000;

const UNITS: Record<string, TimeLimit['unit']> = {
  'ngay lam viec': 'working_days',
  ngay: 'working_days',
  'gio lam viec': 'hours',
  gio: 'hours',
  'trong ngay': 'same_day',
};

/** The template a user downloads: headers and two example rows. */
export function procedureCsvTemplate(): string {
  const rows = [
    PROCEDURE_CSV_COLUMNS.map((c) => c.header),
    ['1.001193', 'Đăng ký khai sinh', 'Hộ tịch', '', 'trong ngày', '15:00', 'không', 'có', 'không'],
    ['', 'Cấp Giấy xác nhận tình trạng hôn nhân', 'Hộ tịch', '3', 'ngày làm việc', '', 'có', 'có', 'không'],
  ];
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/**
 * Reads a procedure catalogue CSV (columns above, any order, headers with or without
 * diacritics). Every error names its line; if there is any, nothing is imported.
 */
export function importProcedureCsv(text: string): ProcedureImport {
  if (text.length > MAX_PROCEDURE_CSV_CHARS) return fail(1, `tệp quá lớn (tối đa ${MAX_PROCEDURE_CSV_CHARS.toLocaleString('vi-VN')} ký tự).`);
  let rows;
  try {
    rows = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { ok: false, errors: [{ line: error.line, message: error.message.replace(/^Dòng \d+: /, '') }] };
    throw error;
  }
  const [header, ...body] = rows;
  if (!header) return fail(1, 'tệp trống.');
  const index = new Map<ColumnKey, number>();
  const folded = header.cells.map(foldVietnamese);
  for (const column of PROCEDURE_CSV_COLUMNS) {
    const at = folded.indexOf(foldVietnamese(column.header));
    if (at >= 0) index.set(column.key, at);
  }
  const missing = PROCEDURE_CSV_COLUMNS.filter((c) => c.required && !index.has(c.key)).map((c) => `«${c.header}»`);
  if (missing.length > 0) return fail(header.line, `thiếu cột ${missing.join(', ')}. Hãy dùng tệp mẫu.`);
  if (body.length === 0) return fail(header.line, 'tệp không có dòng thủ tục nào.');

  const errors: ImportError[] = [];
  const procedures: Procedure[] = [];
  const seen = new Map<string, number>();
  for (const row of body) {
    const cell = (key: ColumnKey) => {
      const at = index.get(key);
      return at === undefined ? '' : (row.cells[at] ?? '').trim();
    };
    const problems: string[] = [];
    const unit = UNITS[foldVietnamese(cell('unit'))];
    if (!unit) problems.push(`«Đơn vị thời hạn» phải là "ngày làm việc", "giờ làm việc" hoặc "trong ngày" (đang là "${cell('unit')}")`);
    const amount = Number(cell('amount'));
    if (unit && unit !== 'same_day' && (cell('amount') === '' || !Number.isInteger(amount) || amount < 1)) {
      problems.push(`«Thời hạn» phải là số nguyên dương (đang là "${cell('amount')}")`);
    }
    const yesNo = (key: ColumnKey, header: string, fallback: boolean): boolean => {
      const value = foldVietnamese(cell(key));
      if (value === '') return fallback;
      if (['co', 'x', '1', 'yes'].includes(value)) return true;
      if (['khong', '0', 'no'].includes(value)) return false;
      problems.push(`«${header}» phải là "có" hoặc "không" (đang là "${cell(key)}")`);
      return fallback;
    };
    const hasFee = yesNo('hasFee', 'Có phí, lệ phí', false);
    const paperResult = yesNo('paperResult', 'Kết quả bản giấy', true);
    const certifiedCopy = yesNo('certifiedCopy', 'Chứng thực bản sao', false);
    if (problems.length === 0 && unit) {
      const timeLimit: TimeLimit = unit === 'same_day' ? { unit } : { unit, amount };
      const candidate = {
        id: cell('code') !== '' ? cell('code') : slugOf(cell('name')),
        ...(cell('code') !== '' ? { code: cell('code') } : {}),
        name: cell('name'),
        field: cell('field'),
        timeLimit,
        ...(cell('cutoff') !== '' ? { cutoff: cell('cutoff').padStart(5, '0') } : {}),
        hasFee,
        paperResult,
        certifiedCopy,
      };
      const parsed = v.safeParse(ProcedureSchema, candidate);
      if (parsed.success) {
        const firstLine = seen.get(parsed.output.id);
        if (firstLine !== undefined) problems.push(`trùng thủ tục ở dòng ${firstLine}`);
        else {
          seen.set(parsed.output.id, row.line);
          procedures.push(parsed.output);
        }
      } else {
        for (const issue of parsed.issues) problems.push(`«${headerOf(v.getDotPath(issue))}» ${issue.message}`);
      }
    }
    for (const message of problems) errors.push({ line: row.line, message });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, procedures };
}

function headerOf(path: string | null): string {
  const key = path?.split('.')[0];
  const column = PROCEDURE_CSV_COLUMNS.find((c) => c.key === key || (key === 'timeLimit' && c.key === 'amount'));
  return column?.header ?? path ?? 'dòng';
}

function slugOf(name: string): string {
  return foldVietnamese(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 64) || 'thu-tuc';
}

function fail(line: number, message: string): ProcedureImport {
  return { ok: false, errors: [{ line, message }] };
}
