/**
 * Delay before retry number `attempt` (1-based): exponential from `baseMs`, capped at
 * `maxMs`, with "full jitter" so that a commune's phones coming back online together do
 * not all hit the server in the same second.
 */
export function backoffDelay(attempt: number, random: () => number = Math.random, baseMs = 2_000, maxMs = 5 * 60_000): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
