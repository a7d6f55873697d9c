import { unzipSync } from 'fflate';
import { plainNumber } from './csvWrite.ts';
import { type DateKind, dateKind, excelSerialToText } from './xlsxReadDates.ts';
import { XmlSyntaxError, walkXml } from './xlsxReadXml.ts';

/** A file that cannot be read as a workbook; the message is for the officer, in Vietnamese. */
export class XlsxReadError extends Error {
  override readonly name = 'XlsxReadError';
}

/**
 * At most this many bytes are inflated from one workbook, judged from the sizes the zip
 * declares before anything is inflated (fflate never writes past a declared size), so a
 * small "zip bomb" cannot exhaust a phone's memory.
 */
export const MAX_XLSX_UNZIPPED_BYTES = 60 * 1024 * 1024;

const NOT_XLSX = 'Tệp không phải bảng tính .xlsx hợp lệ.';
const TOO_BIG = `Bảng tính quá lớn khi giải nén (quá ${MAX_XLSX_UNZIPPED_BYTES / 1024 / 1024} MB). Hãy chia nhỏ tệp.`;
const BROKEN_XML = 'Bảng tính .xlsx bị hỏng (nội dung XML không đọc được).';

interface ZipEntry {
  readonly name: string;
  readonly originalSize: number;
}

/** Reads a workbook's zip lazily: lists entries first, inflates only named parts, within the byte budget. */
class WorkbookZip {
  private readonly entries = new Map<string, ZipEntry>();
  private inflated = 0;

  constructor(private readonly bytes: Uint8Array) {
    try {
      unzipSync(bytes, {
        filter: (file) => {
          this.entries.set(file.name, { name: file.name, originalSize: file.originalSize });
          return false;
        },
      });
    } catch {
      throw new XlsxReadError(NOT_XLSX);
    }
  }

  /** The entry name as stored, matching case-insensitively when the exact name is absent. */
  find(path: string): string | undefined {
    if (this.entries.has(path)) return path;
    const lower = path.toLowerCase();
    for (const name of this.entries.keys()) if (name.toLowerCase() === lower) return name;
    return undefined;
  }

  /** The text of one part, or undefined when the archive has no such part. */
  text(path: string): string | undefined {
    const name = this.find(path);
    if (name === undefined) return undefined;
    const entry = this.entries.get(name)!;
    this.inflated += entry.originalSize;
    if (this.inflated > MAX_XLSX_UNZIPPED_BYTES) throw new XlsxReadError(TOO_BIG);
    let files: Record<string, Uint8Array>;
    try {
      files = unzipSync(this.bytes, { filter: (file) => file.name === name });
    } catch {
      throw new XlsxReadError(NOT_XLSX);
    }
    const data = files[name];
    if (data === undefined) throw new XlsxReadError(NOT_XLSX);
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(data);
    } catch {
      throw new XlsxReadError(BROKEN_XML);
    }
  }
}

function parse(xml: string, on: Parameters<typeof walkXml>[1]): void {
  try {
    walkXml(xml, on);
  } catch (error) {
    if (error instanceof XmlSyntaxError) throw new XlsxReadError(BROKEN_XML);
    throw error;
  }
}

/** "xl/workbook.xml" + "worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml"; "/xl/x.xml" is absolute. */
function resolvePart(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = fromPart.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

function readRels(zip: WorkbookZip, part: string): Relationship[] {
  const xml = zip.text(relsPathOf(part));
  if (xml === undefined) return [];
  const rels: Relationship[] = [];
  parse(xml, (event) => {
    if (event.kind === 'open' && event.name === 'Relationship' && event.attrs['TargetMode'] !== 'External') {
      rels.push({ id: event.attrs['Id'] ?? '', type: event.attrs['Type'] ?? '', target: event.attrs['Target'] ?? '' });
    }
  });
  return rels;
}

/** Text of a string item (<si> or <is>): its <t> runs, leaving out phonetic (<rPh>) runs. */
class StringItemText {
  private inT = false;
  private phonetic = 0;
  private text = '';

  /** Feeds one event; returns nothing. */
  feed(event: Parameters<Parameters<typeof walkXml>[1]>[0]): void {
    if (event.kind === 'open') {
      if (event.name === 'rPh') this.phonetic += event.selfClosing ? 0 : 1;
      else if (event.name === 't' && !event.selfClosing) this.inT = true;
    } else if (event.kind === 'close') {
      if (event.name === 'rPh') this.phonetic -= 1;
      else if (event.name === 't') this.inT = false;
    } else if (this.inT && this.phonetic === 0) this.text += event.text;
  }

  /** The collected text, with Excel's _xHHHH_ escapes decoded, and reset. */
  take(): string {
    const text = decodeOoxmlEscapes(this.text);
    this.text = '';
    this.inT = false;
    this.phonetic = 0;
    return text;
  }
}

/** ECMA-376 ST_Xstring escapes characters XML cannot hold as _xHHHH_ (e.g. _x000D_ for CR). */
function decodeOoxmlEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

function readSharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  const strings: string[] = [];
  const item = new StringItemText();
  let inItem = false;
  parse(xml, (event) => {
    if (event.kind === 'open' && event.name === 'si') {
      inItem = !event.selfClosing;
      if (event.selfClosing) strings.push('');
    } else if (event.kind === 'close' && event.name === 'si') {
      strings.push(item.take());
      inItem = false;
    } else if (inItem) item.feed(event);
  });
  return strings;
}

/** The date kind of each cellXfs style index. */
function readStyleDateKinds(xml: string | undefined): DateKind[] {
  if (xml === undefined) return [];
  const formats = new Map<number, string>();
  const kinds: DateKind[] = [];
  let inCellXfs = false;
  let xfDepth = 0;
  parse(xml, (event) => {
    if (event.kind === 'open') {
      if (event.name === 'numFmt') formats.set(Number(event.attrs['numFmtId']), event.attrs['formatCode'] ?? '');
      else if (event.name === 'cellXfs') inCellXfs = !event.selfClosing;
      else if (event.name === 'xf' && inCellXfs) {
        if (xfDepth === 0) {
          const id = Number(event.attrs['numFmtId'] ?? '0');
          kinds.push(dateKind(id, formats.get(id)));
        }
        if (!event.selfClosing) xfDepth += 1;
      }
    } else if (event.kind === 'close') {
      if (event.name === 'cellXfs') inCellXfs = false;
      else if (event.name === 'xf' && inCellXfs) xfDepth -= 1;
    }
  });
  return kinds;
}

/** "BC12" → 54 (0-based column index). */
function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

interface WorkbookInfo {
  readonly sheetPart: string;
  readonly date1904: boolean;
  readonly sharedStringsPart: string | undefined;
  readonly stylesPart: string | undefined;
}

function locateWorkbook(zip: WorkbookZip): WorkbookInfo {
  const officeDocument = readRels(zip, '').find((rel) => rel.type.endsWith('/officeDocument'));
  const workbookPart = officeDocument ? resolvePart('', officeDocument.target) : 'xl/workbook.xml';
  const workbookXml = zip.text(workbookPart);
  if (workbookXml === undefined) throw new XlsxReadError(NOT_XLSX);
  let firstSheetRel: string | undefined;
  let date1904 = false;
  parse(workbookXml, (event) => {
    if (event.kind !== 'open') return;
    if (event.name === 'workbookPr') date1904 = event.attrs['date1904'] === '1' || event.attrs['date1904'] === 'true';
    if (event.name === 'sheet' && firstSheetRel === undefined) firstSheetRel = event.attrs['id'] ?? '';
  });
  const rels = readRels(zip, workbookPart);
  const sheetRel = rels.find((rel) => rel.id === firstSheetRel);
  if (firstSheetRel === undefined || sheetRel === undefined) throw new XlsxReadError('Bảng tính .xlsx không có trang tính nào.');
  const partOf = (suffix: string, fallback: string) => {
    const rel = rels.find((r) => r.type.endsWith(suffix));
    return rel ? resolvePart(workbookPart, rel.target) : zip.find(fallback);
  };
  return {
    sheetPart: resolvePart(workbookPart, sheetRel.target),
    date1904,
    sharedStringsPart: partOf('/sharedStrings', 'xl/sharedStrings.xml'),
    stylesPart: partOf('/styles', 'xl/styles.xml'),
  };
}

/**
 * The first worksheet of an .xlsx as text, one array per spreadsheet row (index 0 = row 1,
 * so the index + 1 is the row number the officer sees). Each row runs to its last non-empty
 * cell; empty cells are ''. Shared, inline and rich-text strings become their text, numbers
 * their plain digits ("1234.5"), booleans TRUE/FALSE, and numbers in a date or time format
 * "YYYY-MM-DD" or "YYYY-MM-DD HH:MM". Throws XlsxReadError, with a Vietnamese message,
 * for anything that is not a readable workbook or that inflates past MAX_XLSX_UNZIPPED_BYTES.
 */
export function readXlsxRows(bytes: Uint8Array): string[][] {
  const zip = new WorkbookZip(bytes);
  const info = locateWorkbook(zip);
  const sheetXml = zip.text(info.sheetPart);
  if (sheetXml === undefined) throw new XlsxReadError('Bảng tính .xlsx không có trang tính nào.');
  const strings = readSharedStrings(info.sharedStringsPart === undefined ? undefined : zip.text(info.sharedStringsPart));
  const styleKinds = readStyleDateKinds(info.stylesPart === undefined ? undefined : zip.text(info.stylesPart));

  const rows: string[][] = [];
  let rowIndex = -1;
  let column = -1;
  let cell: { type: string; style: number; value: string; inV: boolean; inIs: boolean } | undefined;
  const inline = new StringItemText();

  const cellText = (c: NonNullable<typeof cell>): string => {
    switch (c.type) {
      case 's': {
        if (c.value.trim() === '') return '';
        const index = Number(c.value.trim());
        const text = strings[index];
        if (text === undefined) throw new XlsxReadError(BROKEN_XML);
        return text;
      }
      case 'inlineStr':
        return inline.take();
      case 'str':
      case 'e':
        return decodeOoxmlEscapes(c.value);
      case 'b':
        return c.value.trim() === '1' || c.value.trim() === 'true' ? 'TRUE' : 'FALSE';
      case 'd': {
        const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(c.value.trim());
        if (!match) return c.value.trim();
        return match[2] && match[2] !== '00:00' ? `${match[1]} ${match[2]}` : match[1]!;
      }
      default: {
        const raw = c.value.trim();
        if (raw === '') return '';
        const value = Number(raw);
        if (!Number.isFinite(value)) return raw;
        const kind = styleKinds[c.style] ?? 'none';
        return kind === 'none' ? plainNumber(value) : excelSerialToText(value, kind, info.date1904);
      }
    }
  };

  parse(sheetXml, (event) => {
    if (event.kind === 'open') {
      if (event.name === 'row') {
        const r = Number(event.attrs['r']);
        rowIndex = Number.isInteger(r) && r > 0 ? r - 1 : rowIndex + 1;
        column = -1;
      } else if (event.name === 'c') {
        const ref = event.attrs['r'];
        column = ref ? columnIndex(ref) : column + 1;
        if (column < 0) throw new XlsxReadError(BROKEN_XML);
        if (!event.selfClosing) {
          inline.take();
          cell = { type: event.attrs['t'] ?? 'n', style: Number(event.attrs['s'] ?? '0') || 0, value: '', inV: false, inIs: false };
        }
      } else if (cell) {
        if (event.name === 'v' && !event.selfClosing) cell.inV = true;
        else if (event.name === 'is') cell.inIs = !event.selfClosing;
        else if (cell.inIs) inline.feed(event);
      }
    } else if (event.kind === 'close') {
      if (event.name === 'c' && cell) {
        const text = cellText(cell);
        if (text !== '' && rowIndex >= 0) {
          const row = (rows[rowIndex] ??= []);
          row[column] = text;
        }
        cell = undefined;
      } else if (cell) {
        if (event.name === 'v') cell.inV = false;
        else if (event.name === 'is') cell.inIs = false;
        else if (cell.inIs) inline.feed(event);
      }
    } else if (cell) {
      if (cell.inV) cell.value += event.text;
      else if (cell.inIs) inline.feed(event);
    }
  });
  return Array.from(rows, (row) => (row ? Array.from(row, (text) => text ?? '') : []));
}
