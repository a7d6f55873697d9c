import { describe, expect, it } from 'vitest';
import { instantMs, toUtcIso } from '../../src/server/instant.ts';

describe('instant', () => {
  it.each([
    ['2025-03-03T02:00:00Z', '2025-03-03T02:00:00.000Z'],
    ['2025-03-03T09:00:00+07:00', '2025-03-03T02:00:00.000Z'],
    ['2025-03-03T09:00:00+0700', '2025-03-03T02:00:00.000Z'],
    ['2025-03-03T09:00:00+07', '2025-03-03T02:00:00.000Z'],
    ['2025-03-03 09:00:00 +07:00', '2025-03-03T02:00:00.000Z'],
    ['2025-03-03T02:00:00.123456789Z', '2025-03-03T02:00:00.123Z'],
  ])('reads %s as %s', (text, utc) => {
    expect(toUtcIso(text)).toBe(utc);
  });

  it('gives NaN and null for text that is not a timestamp', () => {
    expect(instantMs('03/03/2025')).toBeNaN();
    expect(toUtcIso('')).toBeNull();
  });
});
