/** The answer to one attempt: go ahead, or wait this many seconds. */
export type RateDecision = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

/** Counts attempts per key (a client address) in a sliding window. */
export interface RateLimiter {
  /** Records an attempt by `key` and says whether it may proceed; a refused attempt is not recorded. */
  attempt(key: string): RateDecision;
}

/** How many attempts a key may make per window, and the clock (milliseconds) to count with. */
export interface RateLimitOptions {
  readonly limit: number;
  readonly windowMs: number;
  readonly now: () => number;
  /** Keys kept before expired ones are swept (memory bound against many addresses). */
  readonly sweepAbove?: number;
}

/** An in-memory sliding-window limiter: each key may make `limit` attempts in any `windowMs`. */
export function createRateLimiter({ limit, windowMs, now, sweepAbove = 10_000 }: RateLimitOptions): RateLimiter {
  const attempts = new Map<string, number[]>();

  function recent(key: string, at: number): number[] {
    const kept = (attempts.get(key) ?? []).filter((time) => time > at - windowMs);
    if (kept.length === 0) attempts.delete(key);
    else attempts.set(key, kept);
    return kept;
  }

  function sweep(at: number): void {
    for (const key of [...attempts.keys()]) recent(key, at);
  }

  return {
    attempt(key) {
      const at = now();
      const kept = recent(key, at);
      const oldest = kept[0];
      if (kept.length >= limit && oldest !== undefined) {
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - at) / 1000)) };
      }
      if (!attempts.has(key) && attempts.size >= sweepAbove) sweep(at);
      attempts.set(key, [...kept, at]);
      return { allowed: true };
    },
  };
}
