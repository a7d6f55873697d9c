import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff.ts';

describe('backoffDelay (exponential, full jitter in the upper half)', () => {
  it('doubles the ceiling per attempt up to the cap', () => {
    const top = () => 1; // highest jitter
    expect(backoffDelay(1, top)).toBe(2_000);
    expect(backoffDelay(2, top)).toBe(4_000);
    expect(backoffDelay(3, top)).toBe(8_000);
    expect(backoffDelay(20, top)).toBe(300_000);
  });
  it('never waits less than half the ceiling', () => {
    expect(backoffDelay(3, () => 0)).toBe(4_000);
  });
});
