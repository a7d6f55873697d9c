/** The query parameter of the enrollment link a QR code carries: `<origin>/cai-dat?ma=<CODE>`. */
export const ENROLL_CODE_PARAM = 'ma';

/** How an issued code reads: groups of 4, 4 and 2 letters or digits (shown as a hint). */
export const ENROLL_CODE_PATTERN = 'XXXX-XXXX-XX';

const CODE_GROUPS = [4, 4, 2] as const;

/**
 * A typed or scanned code as the server reads it: spaces and dashes dropped, upper case.
 * Null when anything else remains (punctuation, letters with diacritics) or nothing at all.
 */
export function normalizeEnrollCode(typed: string): string | null {
  const code = typed.replace(/[\s\-\u2010-\u2015]+/g, '').toUpperCase();
  return /^[A-Z0-9]{1,64}$/.test(code) ? code : null;
}

/** "ABCD-EFGH-JK" for "abcdefghjk"; codes of another length are returned normalized, ungrouped. */
export function formatEnrollCode(code: string): string {
  const total = CODE_GROUPS.reduce((sum, n) => sum + n, 0);
  if (code.length !== total) return code;
  const groups: string[] = [];
  let at = 0;
  for (const n of CODE_GROUPS) {
    groups.push(code.slice(at, at + n));
    at += n;
  }
  return groups.join('-');
}

/**
 * The code in what a QR scan (or a paste) gave: either the enrollment link, whose `ma`
 * parameter holds it, or the bare code. Null when neither holds a readable code.
 */
export function enrollCodeFromScan(text: string): string | null {
  const trimmed = text.trim();
  if (/^https?:\/\//i.test(trimmed)) {
    let url: URL;
    try {
      url = new URL(trimmed);
    } catch {
      return null;
    }
    const param = url.searchParams.get(ENROLL_CODE_PARAM);
    return param === null ? null : normalizeEnrollCode(param);
  }
  return normalizeEnrollCode(trimmed);
}
