import { foldVietnamese } from '../../domain/csv/normalizeHeader.ts';
import type { Procedure } from '../../domain/procedure.ts';

/** The words of a search, folded: "Chứng  thực" → ["chung", "thuc"]. */
export function searchWords(query: string): string[] {
  return foldVietnamese(query).split(' ').filter((w) => w !== '');
}

/**
 * Procedures whose name, field or national code hold every word of the query, diacritics
 * and case aside ("chung thuc" finds "Chứng thực bản sao…"); names matching on their own
 * come first, then the catalogue order. An empty query matches nothing.
 */
export function searchProcedures(catalogue: readonly Procedure[], query: string): Procedure[] {
  const words = searchWords(query);
  if (words.length === 0) return [];
  const scored = catalogue.flatMap((p) => {
    const name = foldVietnamese(p.name);
    const all = `${name} ${foldVietnamese(p.field)} ${p.code ?? ''}`;
    if (!words.every((w) => all.includes(w))) return [];
    return [{ p, rank: words.every((w) => name.includes(w)) ? 0 : 1 }];
  });
  return scored.sort((a, b) => a.rank - b.rank).map((s) => s.p);
}
