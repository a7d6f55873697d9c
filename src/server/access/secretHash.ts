import { createHash } from 'node:crypto';

/**
 * SHA-256 hex of a secret's text: what the database keeps of enrollment codes and device
 * tokens, so a copy of the database never holds a usable code or token.
 */
export function secretHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
