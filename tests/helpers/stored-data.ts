import { readDataFolder } from '../../electron/backend/store/data-folder';
import type { MainData, YearData } from '../../electron/backend/store/data-files';

/** What the data folder holds for a year, as a restart would read it (snapshot with the journal replayed). */
export async function storedYear(dataDir: string, year: number): Promise<YearData | undefined> {
  return (await readDataFolder(dataDir)).years.get(year);
}

/** What the data folder holds for the office, as a restart would read it. */
export async function storedMain(dataDir: string): Promise<MainData | null> {
  return (await readDataFolder(dataDir)).main;
}
