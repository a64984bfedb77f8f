import type { Unit } from '../../../shared/domain/catalogues';
import { foldForSearch } from '../../../shared/text/fold';
import type { DataStore } from '../store/data-store';
import type { YearIndex } from '../store/year-index';

/**
 * Read-side queries over the years: the year indexes (list rows, links and folded
 * search text) of every year, which come from the store's year index without reading every full year file.
 */
export class ModelIndex {
  private readonly unitTexts = new WeakMap<readonly Unit[], Map<string, string>>();
  private warmed: Promise<unknown> | null = null;

  constructor(private readonly store: DataStore) {}

  /** The index of `year`, or of every stored year when null, one a year; trashed rows included. */
  async years(year: number | null): Promise<YearIndex[]> {
    const years = year === null ? await this.store.storedYears() : [year];
    // A year being read in the background is not read a second time: the store answers from that read, or
    // from a change saved since.
    return Promise.all(years.map((y) => this.store.yearIndex(y)));
  }

  /**
   * Reads every year's index in the background once the first screen is answered, so the first search or
   * all-years list finds them read. Repeated calls start nothing more.
   */
  warm(): void {
    this.warmed ??= this.years(null).catch(() => undefined);
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
