import { describe, expect, it } from 'vitest';
import { bearerToken, newAccessToken } from '../../src/server/access/accessToken.ts';
import { formatEnrollmentCode, isEnrollmentCode, newEnrollmentCode, normalizeEnrollmentCode } from '../../src/server/access/enrollmentCode.ts';
import { secretHash } from '../../src/server/access/secretHash.ts';

describe('enrollment codes', () => {
  it('are 10 characters of Crockford base32, never I, L, O or U', () => {
    const codes = Array.from({ length: 200 }, () => newEnrollmentCode());
    for (const code of codes) {
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
      expect(isEnrollmentCode(code)).toBe(true);
    }
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('map each random byte to one of the 32 characters by its low 5 bits', () => {
    const bytes = Uint8Array.from([0, 1, 9, 10, 17, 18, 31, 32, 255, 224]);
    expect(newEnrollmentCode(() => bytes)).toBe('019AHJZ0Z0');
  });

  it('are shown grouped as XXXX-XXXX-XX', () => {
    expect(formatEnrollmentCode('ABCD234567')).toBe('ABCD-2345-67');
  });

  it('are normalized as typed: dashes and spaces dropped, upper case, O → 0, I and L → 1', () => {
    expect(normalizeEnrollmentCode(' abcd-2345 -67 ')).toBe('ABCD234567');
    expect(normalizeEnrollmentCode('oOiIlL-0000-11')).toBe('001111000011');
    expect(normalizeEnrollmentCode('o1LI–ABCD–EF')).toBe('0111ABCDEF');
    expect(isEnrollmentCode(normalizeEnrollmentCode('ABCD-EFGH-JK'))).toBe(true);
    expect(isEnrollmentCode(normalizeEnrollmentCode('ABCD-EFGH-JU'))).toBe(false);
    expect(isEnrollmentCode(normalizeEnrollmentCode('ABCD-EFGH-J'))).toBe(false);
    expect(isEnrollmentCode(normalizeEnrollmentCode('ABCD-EFGH-JKM'))).toBe(false);
  });
});

describe('access tokens', () => {
  it('are 32 random bytes in base64url, hashed with SHA-256 hex', () => {
    const token = newAccessToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(newAccessToken()).not.toBe(token);
    expect(secretHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('are read from "Authorization: Bearer <token>" only', () => {
    const token = newAccessToken();
    expect(bearerToken(`Bearer ${token}`)).toBe(token);
    expect(bearerToken(`bearer  ${token}`)).toBe(token);
    expect(bearerToken(undefined)).toBeNull();
    expect(bearerToken(token)).toBeNull();
    expect(bearerToken(`Basic ${token}`)).toBeNull();
    expect(bearerToken('Bearer short')).toBeNull();
    expect(bearerToken(`Bearer ${token} extra`)).toBeNull();
    expect(bearerToken(`Bearer ${'a'.repeat(129)}`)).toBeNull();
  });
});
