/**
 * JSON with object keys sorted at every depth, so that equal content always gives the same
 * text (and so the same content hash) on the device and on the server. Same output as
 * `JSON.stringify` of the value with its keys sorted and undefined members dropped, written
 * directly (the server writes it several times per change, so it must be cheap).
 */
export function canonicalJson(value: unknown): string {
  return write(value) ?? 'null';
}

function write(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => write(item) ?? 'null').join(',')}]`;
  const record = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of orderedKeys(record)) {
    const text = write(record[key]);
    if (text !== undefined) parts.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${parts.join(',')}}`;
}

/**
 * Keys in sorted order, except that array-index keys ("0", "12") come first in numeric order:
 * the order an object built from sorted entries has in JavaScript, which is what earlier
 * versions hashed. (Dossiers and feedback have no such keys; this keeps hashes identical anyway.)
 */
function orderedKeys(record: Record<string, unknown>): string[] {
  const keys = Object.keys(record).sort();
  const indexes = keys.filter(isArrayIndex);
  if (indexes.length === 0) return keys;
  return [...indexes.sort((a, b) => Number(a) - Number(b)), ...keys.filter((key) => !isArrayIndex(key))];
}

function isArrayIndex(key: string): boolean {
  const first = key.charCodeAt(0);
  if (!(first >= 48 && first <= 57)) return false; // field names start with a letter: the usual case, no regex
  return /^(0|[1-9]\d*)$/.test(key) && Number(key) < 4294967295;
}
