import type { Unit } from '../../../shared/domain/catalogues';
import type { Model } from '../../../shared/domain/model';
import { foldForSearch } from '../../../shared/text/fold';
import type { DataStore } from '../store/data-store';
import type { IndexRow } from '../store/year-index';

const noop = () => undefined;

/**
 * Read-side queries over the years: full models of one year, and the list rows (columns, links and folded
 * search text) of every year, which come from the store's year index without reading every full year file.
 */
export class ModelIndex {
  private readonly unitTexts = new WeakMap<readonly Unit[], Map<string, string>>();
  private readonly warming = new Map<number, Promise<void>>();
  private warmed: Promise<void> | null = null;

  constructor(private readonly store: DataStore) {}

  /** The full models of `year`; trashed ones included. */
  async models(year: number): Promise<Model[]> {
    return (await this.store.yearData(year)).models;
  }

  /** List rows of `year`, or of every stored year when null; trashed ones included. */
  async rows(year: number | null): Promise<IndexRow[]> {
    return (await this.rowsByYear(year)).flat();
  }

  /** The same rows, one list per year, for a pass that need not copy them into one. */
  async rowsByYear(year: number | null): Promise<(readonly IndexRow[])[]> {
    const years = year === null ? await this.store.storedYears() : [year];
    // A year being read in the background is waited for, not read a second time; the store then answers
    // from what it read, or from a change saved since.
    return Promise.all(
      years.map(async (y) => {
        await this.warming.get(y);
        return this.store.yearRows(y);
      }),
    );
  }

  /**
   * Reads every year's rows in the background once the first screen is answered, so the first search or
   * all-years list finds them read. Repeated calls start nothing more.
   */
  warm(): void {
    this.warmed ??= (async () => {
      for (const year of await this.store.storedYears())
        this.warming.set(year, this.store.yearRows(year).then(noop, noop));
      await Promise.all(this.warming.values());
    })();
  }

  /** Until the background reads are over: the store is not closed under them. */
  async settled(): Promise<void> {
    await this.warmed;
  }

  /** Each unit's folded name by id, folded once per catalogue (a change to it makes a new list). */
  unitSearchText(): Map<string, string> {
    const units = this.store.mainData.catalogues.units;
    let texts = this.unitTexts.get(units);
    if (!texts) {
      texts = new Map(units.map((u) => [u.id, foldForSearch(u.name)]));
      this.unitTexts.set(units, texts);
    }
    return texts;
  }
}
