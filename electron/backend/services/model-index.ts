import type { Model } from '../../../shared/domain/model';
import { modelSearchText } from '../../../shared/domain/model-search';
import type { DataStore } from '../store/data-store';

/**
 * Read-side queries over the year files: models of one or all years, and the
 * folded search text of each model. The folded text is cached per model object: a saved change makes a new
 * object, so the cache never serves stale text.
 */
export class ModelIndex {
  private readonly folded = new WeakMap<Model, string>();

  constructor(private readonly store: DataStore) {}

  /** Models of `year`, or of every stored year when null; trashed ones included. */
  async models(year: number | null): Promise<Model[]> {
    if (year !== null) return (await this.store.yearData(year)).models;
    const years = await this.store.storedYears();
    const all = await Promise.all(years.map((y) => this.store.yearData(y)));
    return all.flatMap((d) => d.models);
  }

  searchText(model: Model): string {
    let text = this.folded.get(model);
    if (text === undefined) {
      text = modelSearchText(model);
      this.folded.set(model, text);
    }
    return text;
  }
}
