import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { JSONParser } from '@streamparser/json';
import { join } from 'node:path';
import type { WrittenFile } from './atomic-write';
import { applyObject, ReplayMismatchError, sinceReplaced } from './change-diff';
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
import { readSnapshotPositions } from './year-index';

export interface FolderData {
  /** null when the folder has no office data at all. */
  main: MainData | null;
  years: Map<number, YearData>;
  /**
   * The files that cannot be used (a snapshot that does not read, a journal record that does not fit it),
   * with why: they are left out of `main` and `years`, and the others are read all the same.
   */
  unreadable: Map<string, string>;
}

/** `data` when every file of it can be used; else throws naming the first that cannot (a restore is whole). */
export function wholeFolder(data: FolderData): FolderData {
  const [reason] = data.unreadable.values();
  if (reason !== undefined) throw new UnreadableFileError('corrupt', reason);
  return data;
}

type SnapshotFormat<T> = Parameters<typeof parseSnapshot<T>>[1];

/** A snapshot in `dir`, or null when it is not there; anything unusable throws naming the file. */
async function readSnapshot<T>(dir: string, rel: string, format: SnapshotFormat<T>) {
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
}

const snapshotYears = async (dir: string) =>
  (await readdir(join(dir, YEARS_DIR)).catch(() => [] as string[]))
    .sort()
    .flatMap((name) => YEAR_FILE_PATTERN.exec(name)?.[1] ?? [])
    .map(Number);

const yearOfRel = (rel: string) => Number(YEAR_FILE_PATTERN.exec(rel.slice(YEARS_DIR.length + 1))?.[1]);

async function readFolderJournal(dir: string) {
  const journal = await readJournal(join(dir, JOURNAL_DIR));
  if (journal.problem) throw new UnreadableFileError('corrupt', journal.problem);
  return journal.records;
}

type Records = Awaited<ReturnType<typeof readFolderJournal>>;

/**
 * The file `rel` as the folder holds it: its snapshot with the journal records after it replayed over it,
 * from the last that replaced it whole on; `empty` is what a first record applies to. A change that does
 * not fit names the file.
 */
function replay<T extends object>(
  rel: string,
  snapshot: { data: T; seq: number } | null,
  records: Records,
  empty: () => T,
): T | null {
  let data = snapshot?.data ?? null;
  const after = records.filter((r) => r.changes[rel] && r.seq > (snapshot?.seq ?? 0));
  try {
    for (const record of sinceReplaced(after, (r) => r.changes[rel]))
      data = applyObject(data ?? empty(), record.changes[rel]!);
  } catch (error) {
    if (error instanceof ReplayMismatchError)
      throw new UnreadableFileError('corrupt', `"${rel}": ${error.message}`);
    throw error;
  }
  return data;
}

/** Files a journal record replaced whole: neither their snapshot nor what came before it is read. */
const replacedFiles = (records: Records) =>
  new Set(records.flatMap((r) => Object.keys(r.changes).filter((rel) => r.changes[rel]!.replace)));

const replayYear = (year: number, snapshot: { data: YearData; seq: number } | null, records: Records) =>
  replay(yearFile(year), snapshot, records, () => emptyYearData(year));

/**
 * Everything a data folder (or a backup of one) holds: its snapshots with its journal replayed over them. A
 * file that cannot be used is named in `unreadable` and the others are read: one year's bad record does not
 * make a backup's other files useless (another file's good copy, a backup file to export). Throws
 * `UnreadableFileError` when the journal itself is damaged; a journal whose last write was cut short is fine
 * (that change was never answered).
 */
export async function readDataFolder(dir: string): Promise<FolderData> {
  const records = await readFolderJournal(dir);
  const replaced = replacedFiles(records);
  const unreadable = new Map<string, string>();
  const read = async <T extends object>(rel: string, format: SnapshotFormat<T>, empty: () => T) => {
    try {
      const snapshot = replaced.has(rel) ? null : await readSnapshot(dir, rel, format);
      return replay(rel, snapshot, records, empty);
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      unreadable.set(rel, error.reason);
      return null;
    }
  };
  // Without a snapshot, the office's first record holds all of it.
  const main = await read(MAIN_FILE, mainFormat, () => ({}) as MainData);
  const years = new Map<number, YearData>();
  for (const year of journalledYears(records, await snapshotYears(dir))) {
    const data = await read(yearFile(year), yearFormat, () => emptyYearData(year));
    if (data) years.set(year, data);
  }
  return { main, years, unreadable };
}

function journalledYears(records: Records, withSnapshot: Iterable<number>): number[] {
  const years = new Set(withSnapshot);
  for (const record of records) {
    for (const rel of Object.keys(record.changes)) {
      const year = yearOfRel(rel);
      if (rel !== MAIN_FILE && Number.isInteger(year)) years.add(year);
    }
  }
  return [...years].sort((a, b) => a - b);
}

/** Bytes read between two turns of the event loop while counting: a change never waits for more. */
const COUNT_SLICE = 256 * 1024;

/**
 * A year snapshot reduced to what counting needs (its models' and rounds' ids, and the journal record it
 * holds), read as a stream in slices: `JSON.parse` of a 95 MB year would hold the backend for over a second,
 * and a change made meanwhile would wait for it. The ids are enough for the journal to be replayed over it.
 */
async function readSkeleton(dir: string, rel: string): Promise<{ data: YearData; seq: number } | null> {
  const path = join(dir, rel);
  const skeleton = { models: [] as { id: unknown }[], rounds: [] as { id: unknown }[] };
  let seq = 0;
  const parser = new JSONParser({
    paths: ['$.journalSeq', '$.models.*.id', '$.rounds.*.id'],
    keepStack: false,
  });
  parser.onValue = ({ value, stack }) => {
    const list = stack[1]?.key;
    if (list === 'models' || list === 'rounds') skeleton[list].push({ id: value });
    else if (typeof value === 'number' && Number.isInteger(value)) seq = value;
  };
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: COUNT_SLICE })) {
      parser.write(chunk as Buffer);
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (!parser.isEnded) parser.end(); // throws on a file cut short
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new UnreadableFileError('corrupt', `"${rel}": ${(error as Error).message}`);
  }
  // The migrations of a year file only add empty lists, so an older file counts the same way.
  return { data: skeleton as unknown as YearData, seq };
}

/**
 * A year snapshot's skeleton from the positions the live folder (`placesFrom`) keeps of it, when the copy in
 * `dir` is byte for byte the snapshot they describe (its size and SHA-256, hashed natively in slices): ~0.3 s
 * of hashing for a 95 MB year instead of seconds of parsing it in JavaScript.
 */
async function skeletonFromPositions(
  dir: string,
  placesFrom: string,
  year: number,
): Promise<{ data: YearData; seq: number } | null> {
  const positions = await readSnapshotPositions(placesFrom, year);
  const { models, rounds } = positions?.layout.records ?? {};
  if (!positions || typeof models !== 'object' || typeof rounds !== 'object' || !models || !rounds)
    return null;
  const stamp = await fileStamp(join(dir, yearFile(year)));
  if (stamp?.bytes !== positions.snapshot.bytes || stamp.sha256 !== positions.snapshot.sha256) return null;
  const ids = (places: object) => Object.keys(places).map((id) => ({ id }));
  const skeleton = { models: ids(models), rounds: ids(rounds) };
  return { data: skeleton as unknown as YearData, seq: positions.snapshot.seq };
}

/**
 * How many models and rounds a folder holds, read one year at a time, so a province's backup is counted
 * without holding its years in memory, and without pausing the changes made while it is counted. A copy of
 * the data folder `placesFrom` is counted from its positions files where they describe the copied snapshots.
 */
export async function tallyDataFolder(
  dir: string,
  placesFrom = dir,
): Promise<{ models: number; rounds: number }> {
  const records = await readFolderJournal(dir);
  const replaced = replacedFiles(records);
  const tally = { models: 0, rounds: 0 };
  for (const year of journalledYears(records, await snapshotYears(dir))) {
    const skeleton = replaced.has(yearFile(year))
      ? null
      : ((await skeletonFromPositions(dir, placesFrom, year)) ?? (await readSkeleton(dir, yearFile(year))));
    const data = replayYear(year, skeleton, records);
    tally.models += data?.models.length ?? 0;
    tally.rounds += data?.rounds.length ?? 0;
  }
  return tally;
}

/** A file's size and SHA-256, read in slices; null when there is no file, bytes -1 when it cannot be read. */
export async function fileStamp(path: string): Promise<WrittenFile | null> {
  const hash = createHash('sha256');
  let bytes = 0;
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
      hash.update(chunk);
      bytes += chunk.length;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return { bytes: -1, sha256: '' }; // unreadable: the full read says why
  }
  return { bytes, sha256: hash.digest('hex') };
}
