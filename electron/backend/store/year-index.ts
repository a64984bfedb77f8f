import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import { roundModels } from '../../../shared/domain/commands/rounds';
import {
  isYearFacts,
  yearFactsSteps,
  type YearRecords,
  type LatestRoundInput,
  type YearFacts,
} from '../../../shared/domain/dashboard';
import type { Model } from '../../../shared/domain/model';
import { modelSearchText } from '../../../shared/domain/model-search';
import type { YearData } from '../../../shared/domain/office-data';
import { roundResults } from '../../../shared/domain/scoring';
import { runSteps, runStepsAsync } from '../../../shared/domain/steps';
import { writeChunksAtomic, writeFileAtomic, type WrittenFile } from './atomic-write';
import { CHUNK_CHARS, type JsonLayout } from './cached-json';

/**
 * The year index, written beside the year's snapshot with the same journal position:
 * - `index/<year>.json`: each model's list columns and links, for the search over all years and a model's
 *   links. It is one JSON document laid out in lines, so that a reader parses only what it needs: the first
 *   search after a start reads the search section (each row's folded search text, unit, and where its row
 *   lies in the file) and parses only the rows it finds; a model's page reads the links section;
 * - `index/<year>.tong-quan.json`: the sums "Tổng quan" is drawn from (`YearFacts`), small, so the first
 *   screen reads a few hundred kilobytes per year and never a full year file.
 * - `index/<year>.vi-tri.json`: where each model's record lies in the snapshot (bytes), so a model's page
 *   reads one record of a 95 MB year, not all of it.
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

/** A model's list columns and links. */
export type IndexRow = Pick<Model, (typeof rowKeys)[number]>;

/** Each row's id and the models it links to, by position. */
export interface YearLinks {
  id: readonly string[];
  previousId: readonly (string | null)[];
  replicatesId: readonly (string | null)[];
}

/**
 * A year's index as the list, the trash and a model's links read it: a row's search text, unit and place in
 * the trash by position, and its whole row made only when asked for.
 */
export interface YearIndex {
  readonly size: number;
  /** Title, person and place of each row, folded for search (`modelSearchText`). */
  readonly search: readonly string[];
  unitId(i: number): string;
  /** Positions of the rows in the trash. */
  readonly trashed: ReadonlySet<number>;
  /** The offices the live rows came from ("Đơn vị gửi"), each once. */
  readonly origins: readonly string[];
  links(): YearLinks;
  row(i: number): IndexRow;
}

/** The index of a year held in memory (loaded, or changed since its index was written). */
class RowsIndex implements YearIndex {
  readonly size: number;
  readonly trashed = new Set<number>();
  readonly origins: readonly string[];
  private linksOf: YearLinks | undefined;

  constructor(
    readonly rows: readonly IndexRow[],
    readonly search: readonly string[],
  ) {
    this.size = rows.length;
    const origins = new Set<string>();
    rows.forEach((r, i) => {
      if (r.deletedAt !== null) this.trashed.add(i);
      else if (r.origin) origins.add(r.origin);
    });
    this.origins = [...origins];
  }

  unitId(i: number): string {
    return this.rows[i]!.unitId;
  }

  links(): YearLinks {
    this.linksOf ??= {
      id: this.rows.map((r) => r.id),
      previousId: this.rows.map((r) => r.previousId),
      replicatesId: this.rows.map((r) => r.replicatesId),
    };
    return this.linksOf;
  }

  row(i: number): IndexRow {
    return this.rows[i]!;
  }
}

const indexCache = new WeakMap<readonly Model[], RowsIndex>();
const rowCache = new WeakMap<Model, { row: IndexRow; search: string }>();

/**
 * The index of a year's models; one per models array and one row per model object (the store never changes
 * either in place), so a saved change makes only its own models' rows again.
 */
export function yearIndexOf(models: readonly Model[]): RowsIndex {
  let index = indexCache.get(models);
  if (!index) {
    const made = models.map(cachedRow);
    index = new RowsIndex(
      made.map((c) => c.row),
      made.map((c) => c.search),
    );
    indexCache.set(models, index);
  }
  return index;
}

function cachedRow(m: Model): { row: IndexRow; search: string } {
  let cached = rowCache.get(m);
  if (!cached) {
    const row = Object.fromEntries(rowKeys.map((key) => [key, m[key]])) as IndexRow;
    cached = { row, search: modelSearchText(m) };
    rowCache.set(m, cached);
  }
  return cached;
}

/** Models (or records) handled between two turns of the event loop by the index's background work. */
const SLICE = 1000;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Makes, a slice of models at a time, the row and folded search text of each model not indexed yet (their
 * text in the file is encoded in slices by `indexChunks`): after a year is loaded that is all 25,000 of them,
 * and made at once by `yearIndexOf` it held every change waiting for ~100 ms.
 */
async function prepareRows(models: readonly Model[]): Promise<void> {
  for (let i = 0; i < models.length; i += SLICE) {
    for (let k = i; k < Math.min(i + SLICE, models.length); k++) cachedRow(models[k]!);
    await nextTurn();
  }
}

/** The search section: what a search scans, and each row's length in bytes, to find it in the file. */
interface SearchSection {
  text: string[];
  units: string[];
  /** Each row's unit, as a position in `units`. */
  unit: number[];
  trashed: number[];
  origins: string[];
  rowBytes: number[];
}

/**
 * The index of a year as written on disk: the search section parsed when read, the links section and each
 * row when first asked for. The file's bytes are kept meanwhile (a few MB per year).
 */
class FileIndex implements YearIndex {
  readonly size: number;
  readonly search: readonly string[];
  readonly trashed: ReadonlySet<number>;
  readonly origins: readonly string[];
  private readonly parsed: (IndexRow | undefined)[];
  private linksOf: YearLinks | undefined;

  constructor(
    private readonly year: number,
    private readonly bytes: Buffer,
    private readonly section: SearchSection,
    private readonly linksAt: { start: number; end: number },
    /** Where each row starts in `bytes`. */
    private readonly rowStarts: number[],
    /** Told when a part read late turns out damaged, so the index is dropped and the year answers instead. */
    private readonly onDamaged: () => void,
  ) {
    this.size = section.text.length;
    this.search = section.text;
    this.trashed = new Set(section.trashed);
    this.origins = section.origins;
    this.parsed = new Array<IndexRow | undefined>(this.size);
  }

  unitId(i: number): string {
    return this.section.units[this.section.unit[i]!]!;
  }

  links(): YearLinks {
    if (!this.linksOf) {
      let links: Partial<YearLinks>;
      try {
        links = parseSection(this.bytes, this.linksAt) as Partial<YearLinks>;
      } catch {
        throw this.damaged();
      }
      const column = (c: unknown, ok: (v: unknown) => boolean) =>
        Array.isArray(c) && c.length === this.size && c.every(ok);
      const idOrNull = (v: unknown) => v === null || typeof v === 'string';
      if (
        !column(links.id, (v) => typeof v === 'string') ||
        !column(links.previousId, idOrNull) ||
        !column(links.replicatesId, idOrNull)
      )
        throw this.damaged();
      this.linksOf = links as YearLinks;
    }
    return this.linksOf;
  }

  /**
   * Rows are checked only when read, so a row changed in place to the same length is found late: the index
   * (derived data, the year file is untouched) is dropped and the clerk asked to try again, which the year answers.
   */
  private damaged(): AppError {
    this.onDamaged();
    return new AppError(
      'DATA_UNAVAILABLE',
      `Chỉ mục tìm kiếm của năm ${this.year} bị hỏng nên đã được bỏ đi; dữ liệu năm vẫn nguyên vẹn. Hãy thử lại.`,
    );
  }

  row(i: number): IndexRow {
    let row = this.parsed[i];
    if (!row) {
      const start = this.rowStarts[i]!;
      try {
        row = JSON.parse(this.bytes.toString('utf8', start, start + this.section.rowBytes[i]!)) as IndexRow;
      } catch {
        throw this.damaged();
      }
      if (typeof row !== 'object' || row === null || row.year !== this.year || typeof row.id !== 'string')
        throw this.damaged();
      this.parsed[i] = row;
    }
    return row;
  }
}

/** The lines before the rows: the header, the search and links sections, and the rows' opening. */
const HEAD_LINES = 4;
const ROWS_OPEN = '"rows":[';
const FILE_END = ']}';
const NEWLINE = 0x0a;
const COMMA = 0x2c;

/** A section line `"key":{…},` parsed alone. */
function parseSection(bytes: Buffer, at: { start: number; end: number }): unknown {
  const line = bytes.toString('utf8', at.start, at.end);
  const colon = line.indexOf(':');
  return JSON.parse(line.slice(colon + 1, line.endsWith(',') ? -1 : undefined));
}

const isInt = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isText = (v: unknown): v is string => typeof v === 'string';

/** The search section if it is whole and matches the year's rows, else null. */
function searchSection(value: unknown, size: number): SearchSection | null {
  const s = value as Partial<SearchSection> | null;
  const column = <T>(c: unknown, ok: (v: unknown) => v is T, length?: number): c is T[] =>
    Array.isArray(c) && (length === undefined || c.length === length) && c.every(ok);
  if (
    typeof s !== 'object' ||
    s === null ||
    !column(s.text, isText, size) ||
    !column(s.units, isText) ||
    !column(s.unit, isInt, size) ||
    !column(s.trashed, isInt) ||
    !column(s.origins, isText) ||
    !column(s.rowBytes, isInt, size)
  )
    return null;
  const units = s.units.length;
  if (!s.unit.every((u) => u < units) || !s.trashed.every((t) => t < size)) return null;
  return s as SearchSection;
}

function parseYearIndex(
  year: number,
  bytes: Buffer,
  onDamaged: () => void,
): { seq: number; index: FileIndex } | null {
  type Line = { start: number; end: number };
  const lines: Line[] = [];
  let at = 0;
  while (lines.length < HEAD_LINES) {
    const end = bytes.indexOf(NEWLINE, at);
    if (end < 0) return null;
    lines.push({ start: at, end });
    at = end + 1;
  }
  const [header, search, links, open] = lines as [Line, Line, Line, Line];
  const text = (l: Line) => bytes.toString('utf8', l.start, l.end);
  const top = JSON.parse(`${text(header)}"rows":[]}`) as { journalSeq?: unknown; size?: unknown };
  if (typeof top.journalSeq !== 'number' || !isInt(top.size) || text(open) !== ROWS_OPEN) return null;
  if (!text(search).startsWith('"search":') || !text(links).startsWith('"links":')) return null;
  const section = searchSection(parseSection(bytes, search), top.size);
  if (!section) return null;
  // Each row where the lengths say, one a line, the rows closing the file: a cut or patched file does not add up.
  const rowStarts: number[] = [];
  const size = top.size;
  for (let i = 0; i < size; i++) {
    rowStarts.push(at);
    at += section.rowBytes[i]!;
    const last = i === size - 1;
    if (bytes[at] !== (last ? NEWLINE : COMMA) || (!last && bytes[at + 1] !== NEWLINE)) return null;
    at += last ? 1 : 2;
  }
  if (at !== bytes.length - FILE_END.length || bytes.toString('utf8', at) !== FILE_END) return null;
  return { seq: top.journalSeq, index: new FileIndex(year, bytes, section, links, rowStarts, onDamaged) };
}

/** The index file's text, in pieces of about 256 kB (a row is never split). */
function* indexChunks(seq: number, index: RowsIndex): Generator<string> {
  const units = new Map<string, number>();
  const unit = index.rows.map((r) => {
    let u = units.get(r.unitId);
    if (u === undefined) units.set(r.unitId, (u = units.size));
    return u;
  });
  // The rows' lengths head the file, so every row is encoded first: a slice at a time, each followed by an
  // empty piece, for the writer awaits between pieces and changes go on meanwhile (25,000 rows are ~9 MB).
  const rows: { text: string; bytes: number }[] = [];
  let encoded = 0;
  for (const row of index.rows) {
    const text = rowText(row);
    rows.push(text);
    encoded += text.text.length;
    if (encoded >= CHUNK_CHARS) {
      encoded = 0;
      yield '';
    }
  }
  const search: SearchSection = {
    text: [...index.search],
    units: [...units.keys()],
    unit,
    trashed: [...index.trashed],
    origins: [...index.origins],
    rowBytes: rows.map((r) => r.bytes),
  };
  // Each section a piece of its own: a 25,000-model year's are a few MB each, written with changes between.
  yield `{"journalSeq":${seq},"size":${index.size},\n"search":${JSON.stringify(search)},\n`;
  yield `"links":${JSON.stringify(index.links())},\n${ROWS_OPEN}\n`;
  let chunk = '';
  for (let i = 0; i < rows.length; i++) {
    chunk += rows[i]!.text + (i < rows.length - 1 ? ',\n' : '\n');
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  yield chunk + FILE_END;
}

/** Row texts and their lengths in bytes are kept per row object, so a rewrite encodes only changed rows. */
const rowTexts = new WeakMap<IndexRow, { text: string; bytes: number }>();

function rowText(row: IndexRow): { text: string; bytes: number } {
  let cached = rowTexts.get(row);
  if (!cached) {
    const text = JSON.stringify(row);
    cached = { text, bytes: Buffer.byteLength(text) };
    rowTexts.set(row, cached);
  }
  return cached;
}

const factsCache = new WeakMap<YearData, YearFacts>();

const factRecords = (data: YearData): YearRecords => ({
  year: data.year,
  models: data.models,
  commendations: data.commendations,
  latestRound: latestFinalisedRound(data),
});

/**
 * The dashboard's sums of a year a slice of models a step, or at once from the cache: one per data object (a
 * change makes a new one).
 */
function* factsSteps(data: YearData, slice: number): Generator<void, YearFacts> {
  let facts = factsCache.get(data);
  if (!facts) {
    facts = yield* yearFactsSteps(factRecords(data), slice);
    factsCache.set(data, facts);
  }
  return facts;
}

/** The dashboard's sums of a year. */
export const factsOfYear = (data: YearData): YearFacts => runSteps(factsSteps(data, Infinity));

/** `factsOfYear` summed a slice of models at a time, the event loop turning between slices. */
const factsOfYearInSlices = (data: YearData): Promise<YearFacts> =>
  runStepsAsync(factsSteps(data, SLICE), nextTurn);

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
const positionsFile = (dataDir: string, year: number) => join(dataDir, INDEX_DIR, `${year}.vi-tri.json`);

export async function readYearIndex(
  dataDir: string,
  year: number,
  onDamaged: () => void = () => undefined,
): Promise<{ seq: number; index: YearIndex } | null> {
  try {
    // An index in an older layout is stale too: the year is read and it is rewritten.
    return parseYearIndex(year, await readFile(indexFile(dataDir, year)), onDamaged);
  } catch {
    return null;
  }
}

/** Removes a year's index found damaged: the next load of the year writes it again. */
export function dropYearIndex(dataDir: string, year: number): Promise<void> {
  return rm(indexFile(dataDir, year), { force: true });
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
  await prepareRows(data.models);
  await writeChunksAtomic(indexFile(dataDir, data.year), indexChunks(seq, yearIndexOf(data.models)));
  const facts = await factsOfYearInSlices(data);
  await writeFileAtomic(factsFile(dataDir, data.year), JSON.stringify({ journalSeq: seq, snapshot, facts }));
}

/** Where the parts of one year snapshot lie (`layout`), and that snapshot's stamp. */
export interface SnapshotPositions {
  snapshot: SnapshotStamp;
  layout: JsonLayout;
}

/** Written once the snapshot it describes is on disk; a reader checks the snapshot against its stamp. */
export async function writeSnapshotPositions(
  dataDir: string,
  year: number,
  positions: SnapshotPositions,
): Promise<void> {
  await mkdir(join(dataDir, INDEX_DIR), { recursive: true });
  await writeChunksAtomic(positionsFile(dataDir, year), positionsChunks(positions));
}

/** The positions' text in pieces (25,000 models' places are ~1.5 MB): changes go on between them. */
function* positionsChunks({ snapshot, layout }: SnapshotPositions): Generator<string> {
  yield `{"snapshot":${JSON.stringify(snapshot)},"layout":{"fields":${JSON.stringify(layout.fields)},"records":{`;
  let firstList = true;
  for (const [list, places] of Object.entries(layout.records)) {
    let chunk = `${firstList ? '' : ','}${JSON.stringify(list)}:{`;
    firstList = false;
    let first = true;
    for (const id in places) {
      const [start, end] = places[id]!;
      chunk += `${first ? '' : ','}${JSON.stringify(id)}:[${start},${end}]`;
      first = false;
      if (chunk.length >= CHUNK_CHARS) {
        yield chunk;
        chunk = '';
      }
    }
    yield `${chunk}}`;
  }
  yield '}}}';
}

/** The positions as last written, null if missing or not of that shape (their places are checked when used). */
export async function readSnapshotPositions(
  dataDir: string,
  year: number,
): Promise<SnapshotPositions | null> {
  try {
    const raw = JSON.parse(
      await readFile(positionsFile(dataDir, year), 'utf8'),
    ) as Partial<SnapshotPositions>;
    const layout = raw.layout as Partial<JsonLayout> | undefined;
    const isObject = (v: unknown) => typeof v === 'object' && v !== null;
    if (!isStamp(raw.snapshot) || !isObject(layout?.fields) || !isObject(layout?.records)) return null;
    return raw as SnapshotPositions;
  } catch {
    return null;
  }
}
