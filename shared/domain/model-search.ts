import { foldForSearch, matchesQuery } from '../text/fold';

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

/** True when the model, with its unit's folded name, matches the folded query (every word, any order). */
export const modelMatches = (modelText: string, unitText: string, foldedQuery: string): boolean =>
  matchesQuery(`${modelText} ${unitText}`, foldedQuery);

/**
 * Whether the rows found for `answered` already hold every row `typed` can find: true when the folded query
 * only grew at its end ("duong" → "duong g"), since each of its words then contains one of the old ones.
 */
export const narrowsSearch = (answered: string, typed: string): boolean =>
  foldForSearch(typed).startsWith(foldForSearch(answered));
