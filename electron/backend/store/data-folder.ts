import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { applyObject } from './change-diff';
import {
  MAIN_FILE,
  YEARS_DIR,
  YEAR_FILE_PATTERN,
  emptyYearData,
  mainFormat,
  yearFile,
  yearFormat,
  type MainData,
  type YearData,
} from './data-files';
import { JOURNAL_DIR, readJournal } from './journal';
import { parseSnapshot, UnreadableFileError } from './validated-json-file';

export interface FolderData {
  /** null when the folder has no office data at all. */
  main: MainData | null;
  years: Map<number, YearData>;
}

/**
 * Everything a data folder (or a backup of one) holds: its snapshots with its journal replayed over them.
 * Throws `UnreadableFileError` naming the file on anything that cannot be used; a journal whose last write
 * was cut short is fine (that change was never answered).
 */
export async function readDataFolder(dir: string): Promise<FolderData> {
  const read = async <T>(rel: string, format: Parameters<typeof parseSnapshot<T>>[1]) => {
    const text = await readFile(join(dir, rel), 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw new UnreadableFileError('io', `"${rel}": ${error.message}`);
    });
    if (text === null) return null;
    try {
      return parseSnapshot(text, format);
    } catch (error) {
      if (error instanceof UnreadableFileError)
        throw new UnreadableFileError(error.kind, `"${rel}": ${error.reason}`);
      throw error;
    }
  };
  const main = await read(MAIN_FILE, mainFormat);
  const snapshots = new Map<number, { data: YearData; seq: number }>();
  for (const name of (await readdir(join(dir, YEARS_DIR)).catch(() => [] as string[])).sort()) {
    const year = YEAR_FILE_PATTERN.exec(name)?.[1];
    if (!year) continue;
    const snapshot = await read(yearFile(Number(year)), yearFormat);
    if (snapshot) snapshots.set(Number(year), snapshot);
  }
  const journal = await readJournal(join(dir, JOURNAL_DIR));
  if (journal.problem) throw new UnreadableFileError('corrupt', journal.problem);

  let mainData = main?.data ?? null;
  const years = new Map([...snapshots].map(([year, s]) => [year, s.data]));
  for (const record of journal.records) {
    for (const [rel, diff] of Object.entries(record.changes)) {
      if (rel === MAIN_FILE) {
        // Without a snapshot, the office's first record holds all of it.
        if (record.seq > (main?.seq ?? 0)) mainData = applyObject(mainData ?? ({} as MainData), diff);
        continue;
      }
      const year = Number(YEAR_FILE_PATTERN.exec(rel.slice(YEARS_DIR.length + 1))?.[1]);
      if (!Number.isInteger(year) || record.seq <= (snapshots.get(year)?.seq ?? 0)) continue;
      years.set(year, applyObject(years.get(year) ?? emptyYearData(year), diff));
    }
  }
  return { main: mainData, years };
}
