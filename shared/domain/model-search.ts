import { foldForSearch } from '../text/fold';

/** The parts of a model its search looks in, besides its unit's name. */
export interface Searchable {
  title: string;
  personName: string;
  commune: string;
  hamlet: string;
}

/** A model's folded search text: title, person, place (the unit's name is added by who knows it). */
export const modelSearchText = (m: Searchable): string =>
  foldForSearch([m.title, m.personName, m.commune, m.hamlet].join(' '));

/**
 * The test of a folded query against a model's folded text and its unit's folded name: every word of the
 * query in one or the other, in any order. The query is split once, not once per model.
 */
export function searchMatcher(foldedQuery: string): (modelText: string, unitText: string) => boolean {
  if (foldedQuery === '') return () => true;
  const words = foldedQuery.split(' ');
  return (modelText, unitText) => {
    for (const word of words) if (!modelText.includes(word) && !unitText.includes(word)) return false;
    return true;
  };
}

/**
 * Whether the rows found for `answered` already hold every row `typed` can find: true when the folded query
 * only grew at its end ("duong" → "duong g"), since each of its words then contains one of the old ones.
 */
export const narrowsSearch = (answered: string, typed: string): boolean =>
  foldForSearch(typed).startsWith(foldForSearch(answered));
