import type { Model } from '../../../shared/domain/model';
import { foldForSearch } from '../../../shared/text/fold';
import type { DataStore } from '../store/data-store';
import type { IndexRow } from '../store/year-index';

/**
 * Read-side queries over the years: full models of one year, and the list rows (columns and links) of every
 * year, which come from the store's year index without reading every full year file. The folded search text
 * is cached per row or model object: a saved change makes a new object, so the cache never serves stale text.
 */
export class ModelIndex {
  private readonly folded = new WeakMap<IndexRow, string>();

  constructor(private readonly store: DataStore) {}

  /** The full models of `year`; trashed ones included. */
  async models(year: number): Promise<Model[]> {
    return (await this.store.yearData(year)).models;
  }

  /** List rows of `year`, or of every stored year when null; trashed ones included. */
  async rows(year: number | null): Promise<IndexRow[]> {
    const years = year === null ? await this.store.storedYears() : [year];
    const all = await Promise.all(years.map((y) => this.store.yearRows(y)));
    return all.flat();
  }

  searchText(row: IndexRow): string {
    let text = this.folded.get(row);
    if (text === undefined) {
      text = foldForSearch([row.title, row.personName, row.commune, row.hamlet].join(' '));
      this.folded.set(row, text);
    }
    return text;
  }
}
