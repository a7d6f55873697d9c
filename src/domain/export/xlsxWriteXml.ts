/**
 * Characters XML 1.0 forbids (C0 controls except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF).
 * Left in, they make Excel refuse the whole file ("We found a problem with some content").
 */
const ILLEGAL_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes text for an XML element or a double-quoted attribute, dropping illegal characters. */
export function xmlEscape(text: string): string {
  return text
    .replace(ILLEGAL_XML, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** A spreadsheet column letter: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A1-style reference of a 0-based column and a 1-based row. */
export function cellRef(column: number, row: number): string {
  return `${columnLetters(column)}${row}`;
}
