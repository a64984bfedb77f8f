import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Model } from '../../../shared/domain/model';
import { writeFileAtomic } from './atomic-write';

/**
 * The year index, `index/<year>.json`: each model's list columns and links, written beside the year's
 * snapshot with the same journal position. The first screen, the search over all years and a model's links
 * read it instead of parsing and validating every full year file. It is derived data: a missing, stale or
 * unreadable index is ignored and the full year is read instead.
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
] as const satisfies readonly (keyof Model)[];

export type IndexRow = Pick<Model, (typeof rowKeys)[number]>;

const rowsCache = new WeakMap<readonly Model[], IndexRow[]>();

/** The index rows of a year's models; one list per models array (the store never changes one in place). */
export function indexRows(models: readonly Model[]): IndexRow[] {
  let rows = rowsCache.get(models);
  if (!rows) {
    rows = models.map((m) => Object.fromEntries(rowKeys.map((key) => [key, m[key]])) as IndexRow);
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
    if (
      !rows.every((r) => typeof r === 'object' && r !== null && typeof r.id === 'string' && r.year === year)
    )
      return null;
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
