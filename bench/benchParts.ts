/** One line of the final "Budgets" table. */
export interface BudgetRow {
  measure: string;
  value: string;
  budget: string;
  within: string;
}

/**
 * The parts of `npm run bench`: `app` (initial JavaScript, indicators, register, save to
 * tally, Lighthouse) and the sync issue's server budgets `push`, `ingest`, `report`.
 */
export const BENCH_PARTS = ['app', 'push', 'ingest', 'report'] as const;
export type BenchPart = (typeof BENCH_PARTS)[number];

/** Names standing for several parts. */
const GROUPS: Readonly<Record<string, readonly BenchPart[]>> = { sync: ['push', 'ingest', 'report'], all: BENCH_PARTS };

/**
 * The parts BENCH_ONLY selects: a comma-separated list of part names (or `sync` for the three
 * server parts); unset or empty runs everything. Throws on an unknown name.
 */
export function selectedParts(only: string | undefined): ReadonlySet<BenchPart> {
  const names = (only ?? '').split(',').map((n) => n.trim()).filter((n) => n !== '');
  if (names.length === 0) return new Set(BENCH_PARTS);
  const parts = new Set<BenchPart>();
  for (const name of names) {
    const group = GROUPS[name] ?? BENCH_PARTS.filter((p) => p === name);
    if (group.length === 0) throw new Error(`BENCH_ONLY: unknown part "${name}"; use ${[...BENCH_PARTS, ...Object.keys(GROUPS)].join(', ')}`);
    for (const part of group) parts.add(part);
  }
  return parts;
}
