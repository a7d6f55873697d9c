import { describe, expect, it } from 'vitest';
import { newMoonJde, sunApparentLongitude } from './astronomy.ts';

describe('astronomy (Meeus, Astronomical Algorithms, 2nd ed.)', () => {
  it('new moon of 1977 February, example 49.a: k = −283, JDE 2443192.65118', () => {
    expect(newMoonJde(-283)).toBeCloseTo(2443192.65118, 4);
  });

  it('Sun on 1992 October 13.0 TD, example 25.a: apparent longitude 199.90895°', () => {
    expect(sunApparentLongitude(2448908.5)).toBeCloseTo(199.90895, 4);
  });
});
