import type { CsvRow } from '../csv/parseCsv.ts';
import { normalizeDossierCode, type Dossier } from '../dossier.ts';
import type { Procedure } from '../procedure.ts';
import type { WorkingDayCalendar } from '../workingDays.ts';
import { decodeRegisterFile, RegisterFileError } from './decodeRegisterFile.ts';
import { importedDossierId } from './importIds.ts';
import { ProcedureLookup } from './importProcedure.ts';
import type { ImportProblem } from './importProblems.ts';
import { headerOf, knownHeaderCount, matchHeader, type RegisterField } from './registerColumns.ts';
import { readRegisterRow, type ReadRow } from './registerRow.ts';

/** Most dossiers one file may hold: a busy commune's several years (docs/IMPORT.md). */
export const MAX_IMPORT_ROWS = 50_000;
/** Ids derived per batch of digests. */
const ID_BATCH = 500;
/** The header row is looked for among the first lines, below any title lines. */
const HEADER_SEARCH_LINES = 10;

/** What an import reads the file with. */
export interface RegisterImportContext {
  /** The unit's procedure catalogue (the device's, or the server's starter catalogue). */
  readonly catalogue: readonly Procedure[];
  readonly calendar: WorkingDayCalendar;
  readonly officerId?: string;
  readonly now: Date;
}

/** One dossier to import and the line it came from. */
export interface ImportedRow {
  readonly line: number;
  readonly dossier: Dossier;
}

/** Every row of the file as a dossier, or every problem found (nothing is imported then). */
export type RegisterImportPlan =
  | { readonly ok: true; readonly rows: readonly ImportedRow[] }
  | { readonly ok: false; readonly problems: readonly ImportProblem[] };

const refuse = (problems: ImportProblem[]): RegisterImportPlan => ({ ok: false, problems });

/**
 * Reads a register file (CSV or .xlsx, see docs/IMPORT.md) into dossiers with ids derived
 * from their content, so a second import of the same rows finds the same ids. Checks every
 * row before answering: either all rows are good, or the answer lists the problems by line.
 */
export async function planRegisterImport(bytes: Uint8Array, context: RegisterImportContext): Promise<RegisterImportPlan> {
  let rows: CsvRow[];
  try {
    rows = decodeRegisterFile(bytes);
  } catch (error) {
    if (error instanceof RegisterFileError) return refuse([{ ...(error.line !== undefined ? { line: error.line } : {}), message: error.message.replace(/^Dòng \d+: /, '') }]);
    throw error;
  }
  return planFromRows(rows, context);
}

/** The same as planRegisterImport, from rows already read. */
export async function planFromRows(rows: readonly CsvRow[], context: RegisterImportContext): Promise<RegisterImportPlan> {
  if (rows.length === 0) return refuse([{ message: 'Tệp trống.' }]);
  const headerAt = rows.slice(0, HEADER_SEARCH_LINES).findIndex((row) => knownHeaderCount(row.cells) >= 1);
  if (headerAt === -1) {
    return refuse([{ line: rows[0]!.line, message: `không thấy dòng tên cột (ví dụ «${headerOf('procedureName')}», «${headerOf('receivedAt')}»). Hãy dùng tệp mẫu.` }]);
  }
  const header = rows[headerAt]!;
  const match = matchHeader(header.cells);
  const headerProblems: ImportProblem[] = [];
  if (match.unknown.length > 0) {
    headerProblems.push({ line: header.line, message: `cột không có trong mẫu: ${match.unknown.map((h) => `«${h}»`).join(', ')}. Hãy đổi tên cho đúng mẫu hoặc xóa cột đó.` });
  }
  if (match.repeated.length > 0) headerProblems.push({ line: header.line, message: `cột ghi hai lần: ${match.repeated.map((h) => `«${h}»`).join(', ')}.` });
  if (!match.index.has('receivedAt')) headerProblems.push({ line: header.line, message: `thiếu cột «${headerOf('receivedAt')}».` });
  if (!match.index.has('procedureName') && !match.index.has('procedureCode')) {
    headerProblems.push({ line: header.line, message: `thiếu cột «${headerOf('procedureName')}» (hoặc «${headerOf('procedureCode')}»).` });
  }
  if (headerProblems.length > 0) return refuse(headerProblems);
  const body = rows.slice(headerAt + 1);
  if (body.length === 0) return refuse([{ line: header.line, message: 'tệp không có dòng hồ sơ nào dưới dòng tên cột.' }]);
  if (body.length > MAX_IMPORT_ROWS) {
    return refuse([{ message: `Tệp có ${body.length.toLocaleString('vi-VN')} dòng hồ sơ, nhiều hơn mức tối đa ${MAX_IMPORT_ROWS.toLocaleString('vi-VN')} mỗi lần nhập. Hãy chia thành nhiều tệp.` }]);
  }

  const lookup = new ProcedureLookup(context.catalogue);
  const rowContext = { procedures: lookup, calendar: context.calendar, now: context.now, ...(context.officerId !== undefined ? { officerId: context.officerId } : {}) };
  const problems: ImportProblem[] = [];
  const read: { line: number; row: ReadRow }[] = [];
  const codeLines = new Map<string, number>();
  for (const row of body) {
    const cell = (field: RegisterField): string => {
      const at = match.index.get(field);
      return at === undefined ? '' : (row.cells[at] ?? '').trim();
    };
    const result = readRegisterRow(cell, rowContext);
    const messages = result.ok ? [] : [...result.messages];
    const code = normalizeDossierCode(cell('code'));
    const firstLine = code === '' ? undefined : codeLines.get(code);
    if (firstLine !== undefined) messages.push(`«${headerOf('code')}» ${code} trùng với dòng ${firstLine}`);
    else if (code !== '') codeLines.set(code, row.line);
    for (const message of messages) problems.push({ line: row.line, message });
    if (result.ok && messages.length === 0) read.push({ line: row.line, row: result.value });
  }
  if (problems.length > 0) return refuse(problems);

  const occurrences = new Map<string, number>();
  const numbered = read.map(({ line, row }) => {
    const occurrence = occurrences.get(row.identity) ?? 0;
    occurrences.set(row.identity, occurrence + 1);
    return { line, row, occurrence };
  });
  const imported: ImportedRow[] = [];
  // Hashes in parallel batches: one await per row would leave the CPU idle between digests.
  for (let start = 0; start < numbered.length; start += ID_BATCH) {
    const batch = numbered.slice(start, start + ID_BATCH);
    const ids = await Promise.all(batch.map(({ row, occurrence }) => importedDossierId(row.dossier.receivedAt, row.identity, occurrence)));
    batch.forEach(({ line, row }, i) => imported.push({ line, dossier: { ...row.dossier, id: ids[i]! } }));
  }
  return { ok: true, rows: imported };
}
