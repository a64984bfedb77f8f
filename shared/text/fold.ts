/**
 * Folds text for search: lower case, no diacritics, "đ" as "d", runs of spaces as one, so that
 * "duong giao thong" finds "Đường giao thông" (domain.md §8).
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when every word of the query appears in the folded haystack (in any order). */
export function matchesQuery(foldedHaystack: string, foldedQuery: string): boolean {
  if (foldedQuery === '') return true;
  return foldedQuery.split(' ').every((word) => foldedHaystack.includes(word));
}
