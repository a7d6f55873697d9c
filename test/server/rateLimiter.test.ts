import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/server/access/rateLimiter.ts';

const MINUTE = 60_000;

function limiterAt(start: number) {
  let now = start;
  const limiter = createRateLimiter({ limit: 3, windowMs: 15 * MINUTE, now: () => now, sweepAbove: 4 });
  return { limiter, advance: (ms: number) => (now += ms) };
}

describe('createRateLimiter', () => {
  it('allows `limit` attempts per window and then says how long to wait', () => {
    const { limiter, advance } = limiterAt(0);
    expect(limiter.attempt('10.0.0.1')).toEqual({ allowed: true });
    advance(MINUTE);
    expect(limiter.attempt('10.0.0.1')).toEqual({ allowed: true });
    advance(MINUTE);
    expect(limiter.attempt('10.0.0.1')).toEqual({ allowed: true });
    advance(MINUTE);
    // The first attempt (at 0) leaves the window at 15 minutes: 12 minutes from now.
    expect(limiter.attempt('10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 12 * 60 });
  });

  it('counts each address on its own', () => {
    const { limiter } = limiterAt(0);
    for (let i = 0; i < 3; i += 1) limiter.attempt('10.0.0.1');
    expect(limiter.attempt('10.0.0.1').allowed).toBe(false);
    expect(limiter.attempt('10.0.0.2').allowed).toBe(true);
  });

  it('slides: an attempt leaves the count once it is a window old, and refused attempts are not counted', () => {
    const { limiter, advance } = limiterAt(1_000_000);
    for (let i = 0; i < 3; i += 1) {
      limiter.attempt('a');
      advance(MINUTE);
    }
    // 3 minutes after the first attempt: 12 minutes left for it; refusals meanwhile change nothing.
    advance(12 * MINUTE - 1);
    expect(limiter.attempt('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    advance(1);
    expect(limiter.attempt('a')).toEqual({ allowed: true });
    expect(limiter.attempt('a')).toEqual({ allowed: false, retryAfterSeconds: 60 });
  });

  it('forgets addresses whose attempts have all expired', () => {
    const { limiter, advance } = limiterAt(0);
    for (const key of ['a', 'b', 'c', 'd']) for (let i = 0; i < 3; i += 1) limiter.attempt(key);
    advance(15 * MINUTE);
    limiter.attempt('e');
    // After the sweep, "a" starts again from nothing.
    for (let i = 0; i < 3; i += 1) expect(limiter.attempt('a').allowed).toBe(true);
  });
});
