/** One step through an XML document: a start tag (maybe self-closing), an end tag, or text. */
export type XmlEvent =
  | { readonly kind: 'open'; readonly name: string; readonly attrs: Readonly<Record<string, string>>; readonly selfClosing: boolean }
  | { readonly kind: 'close'; readonly name: string }
  | { readonly kind: 'text'; readonly text: string };

/** XML this reader cannot follow: unclosed or mismatched tags, a DOCTYPE, a broken tag. */
export class XmlSyntaxError extends Error {
  override readonly name = 'XmlSyntaxError';
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five predefined entities and numeric character references. */
export function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body.startsWith('#x')) return safeCodePoint(Number.parseInt(body.slice(2), 16), whole);
    if (body.startsWith('#')) return safeCodePoint(Number.parseInt(body.slice(1), 10), whole);
    return NAMED_ENTITIES[body] ?? whole;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

/** The local part of a qualified name: "x:c" → "c". Excel's own files have no prefix; others do. */
function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon === -1 ? qualified : qualified.slice(colon + 1);
}

const ATTRIBUTE = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function parseAttributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const match of source.matchAll(ATTRIBUTE)) {
    attrs[localName(match[1]!)] = decodeXmlEntities(match[2] ?? match[3] ?? '');
  }
  return attrs;
}

/** Index of the '>' that ends the tag opened at `start`, skipping quoted attribute values. */
function tagEnd(xml: string, start: number): number {
  let quote = '';
  for (let i = start + 1; i < xml.length; i += 1) {
    const ch = xml[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return i;
  }
  return -1;
}

/**
 * Walks an XML document and calls `on` for each start tag, end tag and text run (entities
 * decoded, CDATA passed through, namespace prefixes dropped from names). Small and strict on
 * purpose: it must run in Node and in the browser without DOMParser, and a spreadsheet part
 * needs nothing more. Throws XmlSyntaxError on structure it cannot trust.
 */
export function walkXml(xml: string, on: (event: XmlEvent) => void): void {
  const stack: string[] = [];
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt === -1 ? xml.length : lt;
    if (textEnd > i) {
      const raw = xml.slice(i, textEnd);
      if (stack.length > 0) on({ kind: 'text', text: decodeXmlEntities(raw) });
      else if (raw.trim() !== '' && raw.trim() !== '\uFEFF') throw new XmlSyntaxError('text outside the root element');
    }
    if (lt === -1) break;
    if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt);
      if (end === -1) throw new XmlSyntaxError('unterminated processing instruction');
      i = end + 2;
    } else if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt);
      if (end === -1) throw new XmlSyntaxError('unterminated comment');
      i = end + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt);
      if (end === -1) throw new XmlSyntaxError('unterminated CDATA');
      if (stack.length > 0) on({ kind: 'text', text: xml.slice(lt + 9, end) });
      i = end + 3;
    } else if (xml.startsWith('<!', lt)) {
      // A DOCTYPE can declare entities that expand without bound; no spreadsheet part has one.
      throw new XmlSyntaxError('DOCTYPE is not allowed');
    } else {
      const gt = tagEnd(xml, lt);
      if (gt === -1) throw new XmlSyntaxError('unterminated tag');
      const body = xml.slice(lt + 1, gt);
      if (body.startsWith('/')) {
        const name = body.slice(1).trim();
        if (stack.pop() !== name) throw new XmlSyntaxError(`mismatched </${name}>`);
        on({ kind: 'close', name: localName(name) });
      } else {
        const selfClosing = body.endsWith('/');
        const inner = selfClosing ? body.slice(0, -1) : body;
        const name = /^[^\s/]+/.exec(inner)?.[0];
        if (!name) throw new XmlSyntaxError('tag without a name');
        on({ kind: 'open', name: localName(name), attrs: parseAttributes(inner.slice(name.length)), selfClosing });
        if (!selfClosing) stack.push(name);
      }
      i = gt + 1;
    }
  }
  if (stack.length > 0) throw new XmlSyntaxError(`unclosed <${stack[stack.length - 1]}>`);
}
