import { zipSync } from 'fflate';
import type { Table } from './table.ts';
import { quotedSheetName, sanitizeSheetNames } from './xlsxWriteSheetNames.ts';
import { SharedStrings, sheetLayout, sheetXml } from './xlsxWriteSheet.ts';
import { STYLES_XML } from './xlsxWriteStyles.ts';
import { xmlEscape } from './xlsxWriteXml.ts';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
/** A fixed zip timestamp keeps the same tables byte-identical from one export to the next. */
const ZIP_TIME = new Date(2026, 0, 1);

function contentTypes(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join('');
  return `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;
}

const ROOT_RELS = `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="${REL_NS}/extended-properties" Target="docProps/app.xml"/></Relationships>`;

const APP_XML = `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Sổ Một Cửa</Application></Properties>`;

function workbookRels(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  ).join('');
  return `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">${sheets}<Relationship Id="rId${sheetCount + 1}" Type="${REL_NS}/styles" Target="styles.xml"/><Relationship Id="rId${sheetCount + 2}" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
}

function workbookXml(tables: readonly Table[], names: readonly string[]): string {
  const sheets = names.map((name, i) => `<sheet name="${xmlEscape(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  // Print_Titles repeats the header rows at the top of every printed page.
  const printTitles = tables
    .map((table, i) => {
      if (table.header.length === 0) return '';
      const { firstHeaderRow, lastHeaderRow } = sheetLayout(table);
      const ref = `${quotedSheetName(names[i]!)}!$${firstHeaderRow}:$${lastHeaderRow}`;
      return `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlEscape(ref)}</definedName>`;
    })
    .join('');
  const definedNames = printTitles ? `<definedNames>${printTitles}</definedNames>` : '';
  return `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets}</sheets>${definedNames}</workbook>`;
}

/**
 * Tables as an Office Open XML workbook (.xlsx), one sheet per table: title lines on top
 * (the first bold and larger), bold bordered header rows with merged spans, numbers kept
 * numeric, frozen header, A4 landscape fit to one page wide with the header repeated on each
 * printed page. An empty list gives one empty sheet, since a workbook needs at least one.
 */
export function tablesToXlsx(tables: readonly Table[]): Uint8Array {
  const sheetsIn: readonly Table[] = tables.length > 0 ? tables : [{ name: 'Trang 1', title: [], header: [], rows: [] }];
  const names = sanitizeSheetNames(sheetsIn.map((table) => table.name));
  const strings = new SharedStrings();
  const encoder = new TextEncoder();
  const sheets = sheetsIn.map((table) => encoder.encode(sheetXml(table, strings)));
  // [Content_Types].xml first: some readers look for it at the start of the archive.
  const files: Record<string, Uint8Array> = {};
  files['[Content_Types].xml'] = encoder.encode(contentTypes(sheetsIn.length));
  files['_rels/.rels'] = encoder.encode(ROOT_RELS);
  files['docProps/app.xml'] = encoder.encode(APP_XML);
  files['xl/workbook.xml'] = encoder.encode(workbookXml(sheetsIn, names));
  files['xl/_rels/workbook.xml.rels'] = encoder.encode(workbookRels(sheetsIn.length));
  sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = sheet;
  });
  files['xl/styles.xml'] = encoder.encode(STYLES_XML);
  files['xl/sharedStrings.xml'] = encoder.encode(strings.toXml());
  return zipSync(files, { level: 6, mtime: ZIP_TIME });
}
