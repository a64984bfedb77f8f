import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Model } from '../../../shared/domain/model';
import { modelSearchText } from '../../../shared/domain/model-search';
import { writeFileAtomic } from './atomic-write';

/**
 * The year index, `index/<year>.json`: each model's list columns and links, written beside the year's
 * snapshot with the same journal position. The first screen, the search over all years and a model's links
 * read it instead of parsing and validating every full year file. It is derived data: a missing, stale or
 * unreadable index is ignored and the full year is read instead. Each row carries its folded search text, so
 * the first search over every year after a start folds nothing.
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

const indexFile = (dataDir: string, year: number) => join(dataDir, INDEX_DIR, `${year}.json`);

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

export async function writeYearIndex(
  dataDir: string,
  year: number,
  models: readonly Model[],
  seq: number,
): Promise<void> {
  await mkdir(join(dataDir, INDEX_DIR), { recursive: true });
  await writeFileAtomic(
    indexFile(dataDir, year),
    JSON.stringify({ journalSeq: seq, rows: indexRows(models) }),
  );
}
