import { foldForSearch, matchesQuery } from '../../../shared/text/fold';

/** Select filter that ignores case and diacritics: "cho ra" finds "Thị trấn Chợ Rã" (domain.md §8). */
export function foldedFilter(input: string, option?: { label?: unknown }): boolean {
  return matchesQuery(foldForSearch(String(option?.label ?? '')), foldForSearch(input));
}
