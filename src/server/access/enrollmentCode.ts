import { randomBytes } from 'node:crypto';

/** Crockford's base32: digits and capitals without I, L, O and U, which read as 1, 1, 0 and V. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Characters in a code (50 random bits). */
export const ENROLLMENT_CODE_LENGTH = 10;

const VALID = new RegExp(`^[${ALPHABET}]{${ENROLLMENT_CODE_LENGTH}}$`);

/** A new random code, normalized (10 characters, no dashes). */
export function newEnrollmentCode(random: (size: number) => Uint8Array = randomBytes): string {
  // 256 is a multiple of 32, so taking the low 5 bits of each byte keeps every character equally likely.
  return Array.from(random(ENROLLMENT_CODE_LENGTH), (byte) => ALPHABET[byte & 31] ?? '').join('');
}

/**
 * A code as typed or scanned, made comparable: spaces and dashes removed, upper case, and the
 * look-alikes Crockford maps (O → 0, I and L → 1) replaced. The result may still be invalid.
 */
export function normalizeEnrollmentCode(text: string): string {
  return text
    .replace(/[\s\-\u2010-\u2015]/g, '')
    .toUpperCase()
    .replaceAll('O', '0')
    .replace(/[IL]/g, '1');
}

/** True when `normalized` (see normalizeEnrollmentCode) has the shape of an issued code. */
export function isEnrollmentCode(normalized: string): boolean {
  return VALID.test(normalized);
}

/** A normalized code as shown to people: `XXXX-XXXX-XX`. */
export function formatEnrollmentCode(code: string): string {
  return [code.slice(0, 4), code.slice(4, 8), code.slice(8)].filter((part) => part !== '').join('-');
}
