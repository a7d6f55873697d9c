import { describe, expect, it } from 'vitest';
import { percentOf } from './ratio.ts';

describe('percentOf', () => {
  it('is null for 0 of 0 ("no data", neither 0% nor 100%)', () => {
    expect(percentOf({ numerator: 0, denominator: 0 })).toBeNull();
  });
  it('is the share in percent otherwise', () => {
    expect(percentOf({ numerator: 1, denominator: 4 })).toBe(25);
    expect(percentOf({ numerator: 0, denominator: 7 })).toBe(0);
  });
});
