import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { roundModels } from '../../../shared/domain/commands/rounds';
import {
  isYearFacts,
  yearFacts,
  type LatestRoundInput,
  type YearFacts,
} from '../../../shared/domain/dashboard';
import type { Model } from '../../../shared/domain/model';
import { modelSearchText } from '../../../shared/domain/model-search';
import type { YearData } from '../../../shared/domain/office-data';
import { roundResults } from '../../../shared/domain/scoring';
import { writeChunksAtomic, writeFileAtomic, type WrittenFile } from './atomic-write';
import { CachedJsonSerializer } from './cached-json';

/**
 * The year index, written beside the year's snapshot with the same journal position:
 * - `index/<year>.json`: each model's list columns and links, for the search over all years and a model's
 *   links. Each row carries its folded search text, so the first search over every year after a start folds
 *   nothing;
 * - `index/<year>.tong-quan.json`: the sums "Tổng quan" is drawn from (`YearFacts`), small, so the first
 *   screen reads a few hundred kilobytes per year and never a full year file.
 * It is derived data: a missing, stale or unreadable index is ignored and the full year is read instead.
 */
export const INDEX_DIR = 'index';

const rowKeys = [
  'id',
  'year',
  'title',
  'kind',
  'unitId',
  'fieldId',
  'commune',
  'hamlet',
  'status',
  'registration',
  'personName',
  'updatedAt',
  'deletedAt',
  'previousId',
  'replicatesId',
  'origin',
] as const satisfies readonly (keyof Model)[];

type Columns = Pick<Model, (typeof rowKeys)[number]>;

export type IndexRow = Columns & {
  /** Title, person and place, folded for search (`modelSearchText`). */
  search: string;
};

const rowsCache = new WeakMap<readonly Model[], IndexRow[]>();
const rowCache = new WeakMap<Model, IndexRow>();

/**
 * The index rows of a year's models; one list per models array and one row per model object (the store never
 * changes either in place), so a saved change makes only its own models' rows again.
 */
export function indexRows(models: readonly Model[]): IndexRow[] {
  let rows = rowsCache.get(models);
  if (!rows) {
    rows = models.map((m) => {
      let row = rowCache.get(m);
      if (!row) {
        const columns = Object.fromEntries(rowKeys.map((key) => [key, m[key]])) as Columns;
        row = { ...columns, search: modelSearchText(m) };
        rowCache.set(m, row);
      }
      return row;
    });
    rowsCache.set(models, rows);
  }
  return rows;
}

const factsCache = new WeakMap<YearData, YearFacts>();

/** The dashboard's sums of a year; one per data object (a change makes a new one). */
export function factsOfYear(data: YearData): YearFacts {
  let facts = factsCache.get(data);
  if (!facts) {
    facts = yearFacts({
      year: data.year,
      models: data.models,
      commendations: data.commendations,
      latestRound: latestFinalisedRound(data),
    });
    factsCache.set(data, facts);
  }
  return facts;
}

/** The year's most recent finalised round (by its date), with its results. */
function latestFinalisedRound(data: YearData): LatestRoundInput | null {
  const round = data.rounds
    .filter((r) => r.status === 'finalised')
    .sort((a, b) => b.date.localeCompare(a.date) || b.updatedAt.localeCompare(a.updatedAt))[0];
  if (!round) return null;
  const results = roundResults(round, roundModels(round, data), data.sheets).models;
  return { id: round.id, name: round.name, date: round.date, results };
}

const indexFile = (dataDir: string, year: number) => join(dataDir, INDEX_DIR, `${year}.json`);
const factsFile = (dataDir: string, year: number) => join(dataDir, INDEX_DIR, `${year}.tong-quan.json`);

export async function readYearIndex(
  dataDir: string,
  year: number,
): Promise<{ seq: number; rows: IndexRow[] } | null> {
  try {
    const raw = JSON.parse(await readFile(indexFile(dataDir, year), 'utf8')) as {
      journalSeq?: unknown;
      rows?: unknown;
    };
    if (typeof raw.journalSeq !== 'number' || !Array.isArray(raw.rows)) return null;
    const rows = raw.rows as IndexRow[];
    // An index written before rows carried their search text is stale too: the year is read and it is rewritten.
    const valid = (r: IndexRow) =>
      typeof r === 'object' &&
      r !== null &&
      typeof r.id === 'string' &&
      r.year === year &&
      typeof r.search === 'string';
    if (!rows.every(valid)) return null;
    return { seq: raw.journalSeq, rows };
  } catch {
    return null;
  }
}

/** The snapshot an index was written beside: at start, its size and checksum tell cheaply that it is intact. */
export interface SnapshotStamp extends WrittenFile {
  /** The last journal record the snapshot holds. */
  seq: number;
}

const isStamp = (v: unknown): v is SnapshotStamp => {
  const s = v as Partial<SnapshotStamp> | null;
  return (
    typeof s === 'object' &&
    s !== null &&
    Number.isInteger(s.seq) &&
    Number.isInteger(s.bytes) &&
    typeof s.sha256 === 'string'
  );
};

/**
 * The dashboard's sums of a year as last indexed, and the snapshot they were written beside; checked like any
 * file read from disk, null if unusable.
 */
export async function readYearFacts(
  dataDir: string,
  year: number,
): Promise<{ seq: number; facts: YearFacts; snapshot: SnapshotStamp | null } | null> {
  try {
    const raw = JSON.parse(await readFile(factsFile(dataDir, year), 'utf8')) as {
      journalSeq?: unknown;
      facts?: unknown;
      snapshot?: unknown;
    };
    if (typeof raw.journalSeq !== 'number' || !isYearFacts(raw.facts, year)) return null;
    return { seq: raw.journalSeq, facts: raw.facts, snapshot: isStamp(raw.snapshot) ? raw.snapshot : null };
  } catch {
    return null;
  }
}

/** Row texts are kept per row object (one per model object), so a rewrite serialises only changed rows. */
const rowsSerializer = new CachedJsonSerializer();

/**
 * Writes a year's index as of journal record `seq`, beside the `snapshot` on disk (null when unknown). The rows
 * go first, so the sums are never ahead of them; they are written in chunks, changes going on between them.
 */
export async function writeYearIndex(
  dataDir: string,
  data: YearData,
  seq: number,
  snapshot: SnapshotStamp | null,
): Promise<void> {
  await mkdir(join(dataDir, INDEX_DIR), { recursive: true });
  await writeChunksAtomic(
    indexFile(dataDir, data.year),
    rowsSerializer.chunks({ journalSeq: seq, rows: indexRows(data.models) }),
  );
  await writeFileAtomic(
    factsFile(dataDir, data.year),
    JSON.stringify({ journalSeq: seq, snapshot, facts: factsOfYear(data) }),
  );
}
