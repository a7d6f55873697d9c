/** One reason an import was refused: a line of the file (header = line 1), or the whole file. */
export interface ImportProblem {
  readonly line?: number;
  readonly message: string;
}

/** How many problems are listed one by one; the rest are counted. */
export const LISTED_PROBLEMS = 50;

/** "Dòng 7: …" lines for the officer, the first `cap` of them, then "… và K lỗi khác." */
export function describeProblems(problems: readonly ImportProblem[], cap = LISTED_PROBLEMS): string[] {
  const lines = problems.slice(0, cap).map((p) => (p.line === undefined ? p.message : `Dòng ${p.line}: ${p.message}`));
  const rest = problems.length - cap;
  return rest > 0 ? [...lines, `… và ${rest.toLocaleString('vi-VN')} lỗi khác.`] : lines;
}
