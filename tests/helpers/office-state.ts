import { emptyMainData, emptyYearData } from '../../electron/backend/store/data-files';
import type { CommandContext, OfficeState, Outcome } from '../../shared/domain/commands/command';
import type { MainData, YearData } from '../../shared/domain/office-data';

/** An office's data in memory, as a service hands it to a command; a year not given answers empty. */
export function officeState(main: MainData, years: YearData[] = []): OfficeState {
  const byYear = new Map(years.map((d) => [d.year, d]));
  return {
    main,
    years: [...byYear.keys()].sort((a, b) => a - b),
    year: (year) => byYear.get(year) ?? emptyYearData(year),
    modelIds: (year) => new Set(byYear.get(year)?.models.map((m) => m.id)),
  };
}

/** The state after an outcome is applied, as the store's transaction does. */
export function applied(state: OfficeState, outcome: Outcome<unknown>): OfficeState {
  const years = new Map(state.years.map((y) => [y, state.year(y)]));
  for (const data of outcome.years ?? []) years.set(data.year, data);
  return officeState(outcome.main ?? state.main, [...years.values()]);
}

export const freshMain = (): MainData => emptyMainData(new Date('2023-01-01T00:00:00Z'));
export const yearOf = (year: number, change: Partial<YearData> = {}): YearData => ({
  ...emptyYearData(year),
  ...change,
});

/** A fixed time, actor and numbered ids, so a test states exactly what a command writes. */
export function testContext(now = '2023-03-01T02:00:00.000Z'): CommandContext {
  let n = 0;
  return {
    now,
    actor: 'chuyenvien',
    newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  };
}

/** Deeply frozen, so a command that changed its input instead of making new records throws. */
export function frozen<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) frozen(v);
  }
  return value;
}
