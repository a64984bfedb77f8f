import type { CatalogueKind } from '../../../shared/domain/catalogues';
import type { Model } from '../../../shared/domain/model';
import { foldForSearch } from '../../../shared/text/fold';
import type { DataStore } from '../store/data-store';

/**
 * Read-side queries over the year files: models of one or all years, lookups across years, and the
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

  async find(id: string, years?: number[]): Promise<Model | undefined> {
    for (const year of years ?? (await this.store.storedYears())) {
      const found = (await this.store.yearData(year)).models.find((m) => m.id === id);
      if (found) return found;
    }
    return undefined;
  }

  searchText(model: Model): string {
    let text = this.folded.get(model);
    if (text === undefined) {
      text = foldForSearch([model.title, model.personName, model.commune, model.hamlet].join(' '));
      this.folded.set(model, text);
    }
    return text;
  }

  /** How many stored records (trash included) refer to a catalogue item: models, or rounds for a member. */
  async countUses(kind: CatalogueKind, id: string): Promise<number> {
    if (kind === 'members') {
      const years = await Promise.all((await this.store.storedYears()).map((y) => this.store.yearData(y)));
      return years.reduce((n, data) => n + data.rounds.filter((r) => r.memberIds.includes(id)).length, 0);
    }
    const all = await this.models(null);
    switch (kind) {
      case 'units':
        return all.filter((m) => m.unitId === id).length;
      case 'fields':
        return all.filter((m) => m.fieldId === id).length;
      case 'indicators':
        return all.filter((m) => m.outcomes.values[id] !== undefined).length;
    }
  }
}
