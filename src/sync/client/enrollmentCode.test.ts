import { describe, expect, it } from 'vitest';
import { enrollCodeFromScan, formatEnrollCode, normalizeEnrollCode } from './enrollmentCode.ts';

describe('normalizeEnrollCode', () => {
  it('drops dashes and spaces and upper-cases', () => {
    expect(normalizeEnrollCode(' abcd-efgh-jk ')).toBe('ABCDEFGHJK');
    expect(normalizeEnrollCode('AB CD EF GH 23')).toBe('ABCDEFGH23');
    expect(normalizeEnrollCode('ab--cd')).toBe('ABCD');
    expect(normalizeEnrollCode('ABCD\u2013EFGH\u2013JK')).toBe('ABCDEFGHJK');
  });
  it('refuses empty input and characters a code never has', () => {
    expect(normalizeEnrollCode('')).toBeNull();
    expect(normalizeEnrollCode(' - ')).toBeNull();
    expect(normalizeEnrollCode('ABCD/EFGH')).toBeNull();
    expect(normalizeEnrollCode('ĐĂNG-KÝ')).toBeNull();
    expect(normalizeEnrollCode('A'.repeat(65))).toBeNull();
  });
});

describe('formatEnrollCode', () => {
  it('groups a ten-character code as XXXX-XXXX-XX', () => {
    expect(formatEnrollCode('ABCDEFGHJK')).toBe('ABCD-EFGH-JK');
  });
  it('leaves other lengths ungrouped', () => {
    expect(formatEnrollCode('ABC')).toBe('ABC');
  });
});

describe('enrollCodeFromScan', () => {
  it('reads a bare code', () => {
    expect(enrollCodeFromScan('abcd-efgh-jk')).toBe('ABCDEFGHJK');
  });
  it('reads the code of an enrollment link', () => {
    expect(enrollCodeFromScan('https://xa.example.vn/cai-dat?ma=ABCD-EFGH-JK')).toBe('ABCDEFGHJK');
    expect(enrollCodeFromScan('http://localhost:8080/cai-dat?ma=abcd%20efgh%20jk&x=1')).toBe('ABCDEFGHJK');
  });
  it('refuses a link without a code, or with an unreadable one', () => {
    expect(enrollCodeFromScan('https://xa.example.vn/cai-dat')).toBeNull();
    expect(enrollCodeFromScan('https://xa.example.vn/cai-dat?ma=')).toBeNull();
    expect(enrollCodeFromScan('https://xa.example.vn/cai-dat?ma=%2F%2F')).toBeNull();
    expect(enrollCodeFromScan('https://')).toBeNull();
  });
  it('refuses other text', () => {
    expect(enrollCodeFromScan('Xin chào')).toBeNull();
  });
});
