import { randomBytes } from 'node:crypto';
import { AUTH_SCHEME } from '../../sync/protocol.ts';

/** A new device token: 32 random bytes as base64url (43 characters). Only its hash is stored. */
export function newAccessToken(): string {
  return randomBytes(32).toString('base64url');
}

const BEARER = new RegExp(`^${AUTH_SCHEME}[ \\t]+([A-Za-z0-9_-]{32,128})[ \\t]*$`, 'i');

/** The token of an `Authorization: Bearer <token>` header, or null when absent or malformed. */
export function bearerToken(header: string | undefined): string | null {
  if (header === undefined) return null;
  return BEARER.exec(header)?.[1] ?? null;
}
