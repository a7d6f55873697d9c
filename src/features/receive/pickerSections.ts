import type { Procedure } from '../../domain/procedure.ts';
import { FREQUENT_LIMIT } from '../../data/procedureUsage.ts';
import { t } from '../../ui/i18n/t.ts';
import { searchProcedures, searchWords } from './procedureSearch.ts';

/** One titled group of the procedure picker (titles in the interface language; a field's title is its own name). */
export interface PickerSection {
  readonly key: string;
  readonly title: string;
  readonly procedures: readonly Procedure[];
  /** Whether each entry shows its field (not needed under a field's own title). */
  readonly showField: boolean;
}

/**
 * The picker's groups, each procedure in exactly one so the radio group has no twins.
 * Searching: the matches only. Otherwise "Yêu thích" (starred, in starring order), "Hay dùng"
 * (the 5 most used of `ranking` not already starred), then the rest by field, in catalogue order.
 * Ids no longer in the catalogue are skipped.
 */
export function pickerSections(
  catalogue: readonly Procedure[],
  favouriteIds: readonly string[],
  ranking: readonly string[],
  query: string,
): PickerSection[] {
  if (searchWords(query).length > 0) {
    return [{ key: 'results', title: t('Kết quả tìm kiếm'), procedures: searchProcedures(catalogue, query), showField: true }];
  }
  const byId = new Map(catalogue.map((p) => [p.id, p] as const));
  const favourites = favouriteIds.flatMap((id) => byId.get(id) ?? []);
  const starred = new Set(favourites.map((p) => p.id));
  const frequent = ranking.filter((id) => !starred.has(id)).flatMap((id) => byId.get(id) ?? []).slice(0, FREQUENT_LIMIT);
  const shown = new Set([...starred, ...frequent.map((p) => p.id)]);
  const byField = new Map<string, Procedure[]>();
  for (const p of catalogue) {
    if (shown.has(p.id)) continue;
    byField.set(p.field, [...(byField.get(p.field) ?? []), p]);
  }
  const sections: PickerSection[] = [
    { key: 'favourites', title: t('Yêu thích'), procedures: favourites, showField: true },
    { key: 'frequent', title: t('Hay dùng'), procedures: frequent, showField: true },
    ...[...byField].map(([field, procedures]) => ({ key: `field:${field}`, title: field, procedures, showField: false })),
  ];
  return sections.filter((s) => s.procedures.length > 0);
}
