import { copyFile, mkdir, open, readdir, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/contract/errors';
import type { StorageProblem } from '../../../shared/contract/storage';
import { findById } from '../../../shared/domain/commands/command';
import type { YearFacts } from '../../../shared/domain/dashboard';
import { commendationSchema, type Commendation } from '../../../shared/domain/commendation';
import { modelSchema, type Model } from '../../../shared/domain/model';
import type { Clock } from '../clock';
import { Backups } from './backups';
import {
  applyObject,
  diffObject,
  isRecordList,
  ReplayMismatchError,
  sinceReplaced,
  type ObjectDiff,
} from './change-diff';
import {
  MAIN_FILE,
  YEARS_DIR,
  YEAR_FILE_PATTERN,
  emptyMainData,
  emptyYearData,
  mainFormat,
  yearFile,
  yearFormat,
  type MainData,
  type YearData,
} from './data-files';
import type { JsonLayout } from './cached-json';
import { fileStamp, readDataFolder, wholeFolder } from './data-folder';
import { DataFolderUnavailableError, isDiskError, writeFailed } from './disk-errors';
import { lockDataFolder, type FolderLock } from './folder-lock';
import { JOURNAL_DIR, Journal } from './journal';
import { removeInterruptedWrites } from './leftovers';
import {
  factsOfYear,
  readSnapshotPositions,
  readYearFacts,
  readYearIndex,
  dropYearIndex,
  writeSnapshotPositions,
  writeYearIndex,
  yearIndexOf,
  type SnapshotPositions,
  type SnapshotStamp,
  type YearIndex,
} from './year-index';
import { localDay, localTime } from './local-date';
import { CORRUPT_DIR, quarantine } from './quarantine';
import { StorageNotices } from './notices';
import { SnapshotFile, UnreadableFileError, type FileFormat } from './validated-json-file';

/** One transaction's view of the data: reads see its own earlier changes; nothing is stored until it returns. */
export interface Tx {
  /** Office data as of this transaction (earlier setMain in it included). */
  readonly main: MainData;
  setMain(next: MainData): void;
  /** A year's data as of this transaction; loads the year file on first use; a new year starts empty. */
  year(year: number): Promise<YearData>;
  setYear(year: number, next: YearData): void;
  /** A year's list rows and links as of this transaction: from the year index, without loading the year. */
  yearIndex(year: number): Promise<YearIndex>;
  /** Years that exist on disk or were set in this transaction, ascending. */
  storedYears(): Promise<number[]>;
}

export interface TransactOptions {
  /** What the change was ("models.create"), kept with it in the journal for whoever reads the data folder. */
  label?: string;
  /**
   * A restore: it may replace a file that could not be read (the file went into the backup made before it),
   * which no other change may write over.
   */
  replacesUnreadable?: boolean;
}

export interface DataStoreOptions {
  dataDir: string;
  clock: Clock;
  /** Journal size that triggers compaction (bytes). */
  compactBytes?: number;
  /** Quiet time after the last change before compacting (ms). */
  idleMs?: number;
  /** The app's version, written into each snapshot, so an older version can name the one to install. */
  appVersion?: string;
}

interface StoredFile<T> {
  rel: string;
  snapshot: SnapshotFile<T>;
  data: T;
  /** Set when the file exists but could not be read or moved aside: writing it would destroy it. */
  blocked: string | null;
  /** The last journal record the snapshot on disk holds. */
  snapshotSeq: number;
  /**
   * The snapshot on disk as last written (size, checksum); null when none or not known yet: a loaded file's
   * is hashed in the background, so a first read does not wait for it.
   */
  onDisk: SnapshotStamp | null;
  /** The last journal record `data` holds. */
  lastSeq: number;
  /** Whether `data` came from the disk (a snapshot or journalled changes) rather than from defaults. */
  stored: boolean;
}

interface PendingChange {
  seq: number;
  diff: ObjectDiff;
}

const COMPACT_BYTES = 4 * 1024 * 1024;
const IDLE_MS = 10_000;
const yearOfFile = (rel: string): number | null => {
  const match = /^years\/(\d{4})\.json$/.exec(rel);
  return match ? Number(match[1]) : null;
};

/**
 * The data folder: office.json, one snapshot per year, and the journal of changes since the snapshots.
 * Every change is a transaction in one queue: its checks and changes run against the current data, what it
 * changed is appended to the journal and flushed, and only then does memory show it. Compaction brings the
 * snapshots up to date in the background (journal past a few MB, after a quiet spell, at close).
 */
export class DataStore {
  readonly backups: Backups;
  private queue: Promise<unknown> = Promise.resolve();
  /** Compaction, backups and restore take turns on the files, in the order they asked. */
  private maintenance: Promise<unknown> = Promise.resolve();
  private readonly notices: StorageNotices;
  /** Set when a data file comes from a newer version of the app: nothing may be written then. */
  private newerFile: string | null = null;
  private main!: StoredFile<MainData>;
  private readonly years = new Map<number, Promise<StoredFile<YearData>>>();
  /** Years whose data is in memory (their load finished): until then no change can be made to them. */
  private readonly loadedYears = new Set<number>();
  /** Journal records not yet in a snapshot, per data file: replayed when that file loads. */
  private readonly pending = new Map<string, PendingChange[]>();
  private readonly knownYears = new Set<number>();
  /**
   * Year indexes read from disk (one read per year, however many ask at once), for years not loaded in full.
   * Null once the year changed in this session: its loaded data answers from then on.
   */
  private readonly indexes = new Map<number, Promise<{ seq: number; index: YearIndex } | null>>();
  private readonly facts = new Map<
    number,
    { seq: number; facts: YearFacts; snapshot: SnapshotStamp | null }
  >();
  /** Where the records of a year not loaded lie in its snapshot: read once, for a model's page. */
  private readonly positions = new Map<number, Promise<SnapshotPositions | null>>();
  private journal!: Journal;
  private compaction: Promise<void> | null = null;
  private yearsChecked: Promise<void> | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  private closing = false;
  private readonly compactBytes: number;
  private readonly idleMs: number;
  private readonly appVersion: string | undefined;

  private constructor(
    readonly dataDir: string,
    private readonly clock: Clock,
    private readonly lock: FolderLock,
    options: DataStoreOptions,
  ) {
    this.compactBytes = options.compactBytes ?? COMPACT_BYTES;
    this.idleMs = options.idleMs ?? IDLE_MS;
    this.appVersion = options.appVersion;
    this.notices = new StorageNotices(dataDir);
    this.backups = new Backups(dataDir, clock, {
      journal: () => this.journal.state(),
      exclusive: (job) => this.exclusive(job),
    });
  }

  static async open(options: DataStoreOptions): Promise<DataStore> {
    const { dataDir, clock } = options;
    let lock: FolderLock | null = null;
    try {
      await mkdir(dataDir, { recursive: true });
      lock = await lockDataFolder(dataDir);
      const store = new DataStore(dataDir, clock, lock, options);
      await removeInterruptedWrites(dataDir);
      await store.backups.removePartials();
      await store.notices.load();
      await store.openJournal();
      store.main = await store.load(MAIN_FILE, mainFormat, () => emptyMainData(clock()));
      return store;
    } catch (error) {
      await lock?.release().catch(() => undefined);
      if (isDiskError(error)) {
        console.error('Không mở được thư mục dữ liệu:', error);
        throw new DataFolderUnavailableError(dataDir, error);
      }
      throw error;
    }
  }

  private async openJournal(): Promise<void> {
    const asideAt = this.clock();
    const saved: string[] = [];
    const { journal, contents } = await Journal.open(this.dataDir, async (segment) => {
      const movedTo = `${CORRUPT_DIR}/${JOURNAL_DIR}_${segment}.${localDay(asideAt)}-${localTime(asideAt)}.hong`;
      await mkdir(join(this.dataDir, CORRUPT_DIR), { recursive: true });
      await copyFile(join(this.dataDir, JOURNAL_DIR, segment), join(this.dataDir, movedTo));
      saved.push(movedTo);
    });
    this.journal = journal;
    if (contents.problem) {
      await this.notices.add({
        id: randomUUID(),
        kind: 'corrupt',
        file: JOURNAL_DIR,
        reason: `${contents.problem}; các thay đổi sau đó không được áp dụng`,
        movedTo: saved[0] ?? null,
        at: this.clock().toISOString(),
      });
    }
    for (const record of contents.records) this.remember(record.seq, record.changes);
    const names = await readdir(join(this.dataDir, YEARS_DIR)).catch(() => [] as string[]);
    for (const name of names) {
      const year = YEAR_FILE_PATTERN.exec(name)?.[1];
      if (year) this.knownYears.add(Number(year));
    }
  }

  private remember(seq: number, changes: Record<string, ObjectDiff>): void {
    for (const [rel, diff] of Object.entries(changes)) {
      let list = this.pending.get(rel);
      if (!list) this.pending.set(rel, (list = []));
      list.push({ seq, diff });
      const year = yearOfFile(rel);
      if (year !== null) this.knownYears.add(year);
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    await this.queue.catch(() => undefined);
    await this.compact().catch((error: unknown) => console.warn('Không gộp được nhật ký khi đóng:', error));
    await this.maintenance.catch(() => undefined);
    await this.journal.close();
    await this.lock.release();
  }

  get problems(): readonly StorageProblem[] {
    return this.notices.all;
  }

  /** The user read the notices and chose not to restore: they are not shown again. */
  dismissProblems(): Promise<void> {
    return this.notices.retain(() => false);
  }

  /**
   * How many changes have been committed (the last journal record's seq): what was read while it stays the
   * same is still what the data holds.
   */
  get committed(): number {
    return this.journal.nextSeq - 1;
  }

  get mainData(): MainData {
    return this.main.data;
  }

  async yearData(year: number): Promise<YearData> {
    return (await this.yearFile(year)).data;
  }

  /**
   * One model of a year (trashed ones included) as the full year holds it. While the year is not loaded, its
   * record alone is read from the snapshot, where the year's positions place it, and the journal's changes
   * since are applied: a model's page never waits for a 95 MB year to be parsed. Anything unexpected (no
   * positions, a snapshot other than the one they describe, a record that does not check) reads the year.
   */
  async yearModel(year: number, id: string): Promise<Model | undefined> {
    const model = await this.fromYear(
      year,
      async (parts) => {
        const records = await modelRecords(parts, [id]);
        return records && (findById(parts.replay({ models: records }).models, id) ?? null);
      },
      (data) => findById(data.models, id) ?? null,
    );
    return model ?? undefined;
  }

  /**
   * A model's commendations, in the year's order, as the full year holds them: while the year is not loaded,
   * from the snapshot's commendations alone (a few hundred kilobytes where the year is 95 MB), the journal's
   * changes since applied, the model's own checked; else, or when anything does not fit, from the year.
   */
  yearCommendationsOf(year: number, modelId: string): Promise<Commendation[]> {
    const own = (list: readonly Commendation[]) => list.filter((c) => c.modelId === modelId);
    return this.fromYear(
      year,
      async ({ layout, text, replay }) => {
        const raw: unknown = JSON.parse((await text(layout.fields.commendations)) ?? 'null');
        if (!isRecordList(raw)) return undefined;
        const found = own(replay({ commendations: raw as Commendation[] }).commendations);
        return found.every((c) => commendationSchema.safeParse(c).success) ? found : undefined;
      },
      (data) => own(data.commendations),
    );
  }

  /**
   * The models `ids` that a year holds (trashed ones included), as the full year holds them; while the year is
   * not loaded, their records alone with the journal's changes since, and the year is left unloaded: the
   * background sweep of attachment files asks for the models that have a folder, and a 95 MB year the clerk
   * may never open is not parsed for it.
   */
  yearModelsOf(year: number, ids: ReadonlySet<string>): Promise<Model[]> {
    const wanted = (models: readonly Model[]) => models.filter((m) => ids.has(m.id));
    return this.fromYear(
      year,
      async (parts) => {
        const records = await modelRecords(parts, ids);
        return records && wanted(parts.replay({ models: records }).models);
      },
      (data) => wanted(data.models),
      false,
    );
  }

  /**
   * Throws (DATA_UNAVAILABLE) when the year was loaded and its file could not be read: it shows empty, but
   * what it holds is not known, so nothing may be decided from its absence (the attachment sweep).
   */
  async assertYearReadable(year: number): Promise<void> {
    const file = this.years.get(year);
    const blocked = file && (await file.catch(() => null))?.blocked;
    if (blocked)
      throw new AppError(
        'DATA_UNAVAILABLE',
        `Tệp "${yearFile(year)}" không đọc được (${blocked}): chưa biết các mô hình của năm ${year}.`,
      );
  }

  /**
   * `full` of the year's data, or, while the year is not loaded, `alone` from the parts of its snapshot the
   * year's positions place (`undefined` from it: unsure, the year is read). After an answer read alone the
   * year is loaded in full in the background, for the page's next steps, unless `thenLoad` is false.
   */
  private async fromYear<T>(
    year: number,
    alone: (snapshot: SnapshotParts) => Promise<T | undefined>,
    full: (data: YearData) => T,
    thenLoad = true,
  ): Promise<T> {
    if (!this.loadedYears.has(year)) {
      const answer = await this.readAlone(year, alone).catch(() => undefined);
      // Until the year is loaded no change can be made to it, so the snapshot and the journal as read hold
      // every change; once loaded (it may have changed and been compacted since) memory answers.
      if (answer !== undefined && !this.loadedYears.has(year)) {
        if (thenLoad) this.loadLater(year);
        return answer;
      }
    }
    return full(await this.yearData(year));
  }

  /**
   * Loads the year in full once this turn's answers are sent: the page's next steps (an edit, the year's
   * lists) need it, and by then it is read. Not once the store is closing.
   */
  private loadLater(year: number): void {
    setTimeout(() => {
      if (!this.closing) void this.yearFile(year).catch(() => undefined);
    }, 0).unref();
  }

  /**
   * `read` over the year's snapshot as its positions describe it, checked to be that snapshot (its size,
   * version, year and journal position, read in place); undefined when it is not, or has no positions.
   */
  private async readAlone<T>(
    year: number,
    read: (snapshot: SnapshotParts) => Promise<T | undefined>,
  ): Promise<T | undefined> {
    let positions = this.positions.get(year);
    if (!positions) this.positions.set(year, (positions = readSnapshotPositions(this.dataDir, year)));
    const { snapshot, layout } = (await positions) ?? {};
    if (!snapshot || !layout) return undefined;
    // Taken before the reads: the changes since the snapshot, all of them while the year is not loaded. One
    // that replaced the year whole (a restore) holds it instead of the snapshot: the year is read then.
    const changes = (this.pending.get(yearFile(year)) ?? []).filter((c) => c.seq > snapshot.seq);
    if (changes.some((c) => c.diff.replace)) return undefined;
    const handle = await open(join(this.dataDir, yearFile(year)), 'r');
    try {
      const size = (await handle.stat()).size;
      const text = (place: unknown) => readPlace(handle, place, size);
      if (size !== snapshot.bytes) return undefined;
      if ((await text(layout.fields.schemaVersion)) !== String(yearFormat.version)) return undefined;
      if ((await text(layout.fields.year)) !== String(year)) return undefined;
      if ((await text(layout.fields.journalSeq)) !== String(snapshot.seq)) return undefined;
      const replay = <P extends object>(part: P): P =>
        changes.reduce((data, change) => applyObject(data, change.diff), part);
      return await read({ layout, text, replay });
    } finally {
      await handle.close();
    }
  }

  /**
   * A year's models as list rows with their links, from the year index when it is up to date (no full year
   * file read), else from the year itself.
   */
  async yearIndex(year: number): Promise<YearIndex> {
    // The index first even for a loaded year, while it holds every change: its search text is folded already,
    // and folding 5,000 models' again would cost a first model page ~150 ms.
    let reading = this.indexes.get(year);
    if (reading === undefined) {
      reading = readYearIndex(this.dataDir, year, () => {
        this.indexes.set(year, Promise.resolve(null));
        void this.exclusive(() => dropYearIndex(this.dataDir, year)).catch((error: unknown) =>
          console.warn(`Không xóa được chỉ mục hỏng của năm ${year}:`, error),
        );
      });
      this.indexes.set(year, reading);
    }
    const index = await reading;
    if (index && this.indexHolds(year, index.seq)) return index.index;
    return yearIndexOf((await this.yearData(year)).models);
  }

  /**
   * What "Tổng quan" needs of a year (`YearFacts`), from the year index when it is up to date (a few
   * kilobytes read), else from the year itself.
   */
  async yearFacts(year: number): Promise<YearFacts> {
    const loaded = this.years.get(year);
    if (loaded) return factsOfYear((await loaded).data);
    const index = await this.cachedFacts(year);
    if (index && this.indexHolds(year, index.seq)) return index.facts;
    return factsOfYear(await this.yearData(year));
  }

  private async cachedFacts(year: number) {
    let index = this.facts.get(year);
    if (!index) {
      index = (await readYearFacts(this.dataDir, year)) ?? undefined;
      if (index) this.facts.set(year, index);
    }
    return index;
  }

  /** Whether an index written at journal record `seq` holds every change to `year` (none journalled since). */
  private indexHolds(year: number, seq: number): boolean {
    return (this.pending.get(yearFile(year)) ?? []).every((c) => c.seq <= seq);
  }

  /**
   * Checks, once per session, that every year file not opened yet is still the one its index was written
   * beside: its size and SHA-256 (read in chunks, in the background) against the index's stamp. A file that
   * differs, or has no stamp, is read in full, which reports it (the usual notice, the file moved to
   * `corrupt/`) when it is damaged; so a damaged year shows at start, not only when that year is opened.
   */
  checkYears(): Promise<void> {
    this.yearsChecked ??= this.exclusive(async () => {
      for (const year of [...this.knownYears].sort((a, b) => a - b)) {
        if (this.years.has(year)) continue;
        const stamp = (await this.cachedFacts(year))?.snapshot ?? null;
        const path = join(this.dataDir, yearFile(year));
        const onDisk = await fileStamp(path);
        if (onDisk === null) continue; // only journalled: nothing on disk to check
        if (stamp && stamp.bytes === onDisk.bytes && stamp.sha256 === onDisk.sha256) continue;
        await this.yearFile(year).catch(() => undefined);
      }
    });
    return this.yearsChecked;
  }

  /** Years that have data (a snapshot or journalled changes), ascending. */
  storedYears(): Promise<number[]> {
    return Promise.resolve([...this.knownYears].sort((a, b) => a - b));
  }

  /**
   * Runs `fn` inside the write queue, so its checks see every earlier change and no later one. If it throws,
   * nothing is stored; otherwise everything it set is one journal record, flushed to disk before the promise
   * resolves with `fn`'s result, and only then does memory show the change.
   */
  transact<R>(fn: (tx: Tx) => R | Promise<R>, options: TransactOptions = {}): Promise<R> {
    return this.enqueue(async () => {
      const mainFile = this.main;
      let main: MainData | null = null;
      const years = new Map<number, YearData>();
      const tx: Tx = {
        get main() {
          return main ?? mainFile.data;
        },
        setMain: (next) => {
          main = next;
        },
        year: async (year) => years.get(year) ?? (await this.yearFile(year)).data,
        setYear: (year, next) => {
          years.set(year, next);
        },
        yearIndex: async (year) => {
          const set = years.get(year);
          return set ? yearIndexOf(set.models) : this.yearIndex(year);
        },
        storedYears: async () =>
          [...new Set([...(await this.storedYears()), ...years.keys()])].sort((a, b) => a - b),
      };
      const result = await fn(tx);
      if (this.newerFile) throw new AppError('DATA_UNAVAILABLE', this.newerFile);

      const changes: Record<string, ObjectDiff> = {};
      const swaps: Array<() => void> = [];
      const stage = <T extends object>(file: StoredFile<T>, next: T, isNew: boolean) => {
        if (file.blocked && !options.replacesUnreadable) {
          throw new AppError(
            'DATA_UNAVAILABLE',
            `Tệp "${file.rel}" không đọc được (${file.blocked}) nên không được ghi đè. Hãy khôi phục từ bản sao lưu.`,
          );
        }
        // Office defaults depend on the day they were made: the first record of an office holds all of it.
        const whole = (isNew && file.rel === MAIN_FILE) || file.blocked !== null;
        const diff = diffObject(
          whole ? {} : (file.data as Record<string, unknown>),
          next as Record<string, unknown>,
        );
        // A restored file that could not be read replaces it whole: every replay starts from this record on,
        // neither its snapshot nor the journal before it (that may not fit) is read again. It is written at
        // the next compaction like any change; until then, a crash or a full disk loses nothing.
        if (file.blocked) changes[file.rel] = { replace: true, ...diff };
        else if (diff || isNew) changes[file.rel] = diff ?? {};
        else return;
        swaps.push(() => {
          file.data = next;
          file.blocked = null;
        });
      };
      if (main) stage(mainFile, main, !mainFile.stored);
      for (const [year, next] of years) stage(await this.yearFile(year), next, !this.knownYears.has(year));
      if (swaps.length === 0) return result;

      // A session whose lock was taken over (it was paused, another opened the folder) must not write again.
      await this.lock.assertHeld();
      this.backups.ensureToday();
      let seq: number;
      try {
        seq = await this.journal.append({ at: this.clock().toISOString(), label: options.label, changes });
      } catch (error) {
        if (isDiskError(error)) throw writeFailed(error, this.dataDir);
        throw error;
      }
      for (const swap of swaps) swap();
      this.remember(seq, changes);
      for (const rel of Object.keys(changes)) {
        const year = yearOfFile(rel);
        if (year !== null) this.indexes.set(year, Promise.resolve(null));
      }
      for (const rel of Object.keys(changes)) {
        const file = rel === MAIN_FILE ? mainFile : await this.yearFile(yearOfFile(rel)!);
        file.lastSeq = seq;
        file.stored = true;
      }
      this.scheduleCompaction();
      return result;
    });
  }

  updateMain(change: (data: MainData) => MainData): Promise<MainData> {
    return this.transact((tx) => {
      const next = change(tx.main);
      tx.setMain(next);
      return next;
    });
  }

  updateYear(year: number, change: (data: YearData) => YearData): Promise<YearData> {
    return this.transact(async (tx) => {
      const next = change(await tx.year(year));
      tx.setYear(year, next);
      return next;
    });
  }

  /**
   * Brings the snapshots up to date and drops the journal segments they now hold. The write queue is held
   * only to start a new segment; snapshots are written while changes go on (each is the data as of then).
   * Crash-safe at every step: a snapshot is written atomically with the last record it holds, and a segment
   * is removed only once every record in it is in a snapshot.
   */
  compact(): Promise<void> {
    // After any compaction under way: it holds the data as of when it started, the caller wants it as of now.
    const previous = this.compaction?.catch(() => undefined) ?? Promise.resolve();
    const run: Promise<void> = previous
      .then(() => this.runCompaction())
      .finally(() => {
        if (this.compaction === run) this.compaction = null;
      });
    this.compaction = run;
    return run;
  }

  private async runCompaction(): Promise<void> {
    for (const rel of this.pending.keys()) {
      const year = yearOfFile(rel);
      if (year !== null) await this.yearFile(year);
    }
    const job = await this.enqueue(async () => {
      const files = await this.loadedFiles();
      const dirty = files.filter((f) => f.lastSeq > f.snapshotSeq && !f.blocked);
      const state = this.journal.state();
      if (dirty.length === 0 && state.activeBytes === 0 && state.closed.length === 0) return null;
      const firstAfter = this.journal.nextSeq;
      const covered = await this.journal.rotate();
      const plan = dirty.map((file) => ({ file, data: file.data, seq: file.lastSeq }));
      // Wrapped, so that the queue is released now and not when the snapshots are written.
      return {
        written: this.exclusive(async () => {
          await this.lock.assertHeld();
          for (const { file, data, seq } of plan) await this.writeSnapshot(file, data, seq);
          // Only when every record before the new segment is in a snapshot can the old segments go.
          for (const [rel, changes] of this.pending) {
            const file = files.find((f) => f.rel === rel);
            const held = file?.snapshotSeq ?? 0;
            if (changes.some((c) => c.seq < firstAfter && c.seq > held)) return;
          }
          await this.journal.remove(covered);
          for (const file of files) {
            const left = (this.pending.get(file.rel) ?? []).filter((c) => c.seq > file.snapshotSeq);
            if (left.length > 0) this.pending.set(file.rel, left);
            else this.pending.delete(file.rel);
          }
        }),
      };
    });
    await job?.written;
  }

  /**
   * Writes `file`'s snapshot of `data` (as of journal record `seq`), a piece at a time, then for a year the
   * positions of its records and its index, stamped with it. A crash between them leaves an index behind the
   * journal, which is then not used, and rewritten when the year is next loaded.
   */
  private async writeSnapshot(file: StoredFile<object>, data: object, seq: number): Promise<void> {
    const year = yearOfFile(file.rel);
    const layout = { fields: {}, records: {} };
    const written = await (file.snapshot as SnapshotFile<unknown>).write(
      data,
      seq,
      year === null ? undefined : { into: layout, recordsOf: ['models', 'rounds'] },
    );
    if (seq >= file.snapshotSeq) {
      file.snapshotSeq = seq;
      file.onDisk = { seq, ...written };
    }
    if (year === null) return;
    this.knownYears.add(year);
    await writeSnapshotPositions(this.dataDir, year, { snapshot: { seq, ...written }, layout });
    await writeYearIndex(this.dataDir, data as YearData, seq, { seq, ...written });
  }

  private async loadedFiles(): Promise<Array<StoredFile<object>>> {
    const years = await Promise.all(this.years.values());
    return [this.main, ...years] as Array<StoredFile<object>>;
  }

  private scheduleCompaction(): void {
    if (this.journal.size >= this.compactBytes && !this.compaction) {
      void this.compact().catch((error: unknown) => console.warn('Không gộp được nhật ký:', error));
    }
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      void this.compact().catch((error: unknown) => console.warn('Không gộp được nhật ký:', error));
    }, this.idleMs);
    this.idleTimer.unref();
  }

  /**
   * Puts the data of backup `id` back, all or nothing: every file of the backup is checked (and its journal
   * replayed) before anything is touched, the current data is first backed up itself so the restore can be
   * undone, and the restored data is then one journal record, like any other change.
   */
  async restore(id: string): Promise<void> {
    const info = await this.backups.describe(id);
    if (!info) throw new AppError('NOT_FOUND', `Không tìm thấy bản sao lưu "${id}".`);
    await this.restoreFolder(this.backups.folderPath(id), `Bản sao lưu "${id}"`);
  }

  /**
   * The same restore from a folder laid out like a backup (a backup file unpacked): `what` names it in the
   * message when it cannot be used.
   */
  async restoreFolder(dir: string, what: string): Promise<void> {
    let restored: Awaited<ReturnType<typeof readDataFolder>>;
    try {
      restored = wholeFolder(await readDataFolder(dir));
    } catch (error) {
      const reason = error instanceof UnreadableFileError ? error.reason : String(error);
      throw new AppError('CONFLICT', `${what} không dùng được (${reason}). Không khôi phục gì.`);
    }
    if (this.newerFile) throw new AppError('DATA_UNAVAILABLE', this.newerFile);
    await this.lock.assertHeld();
    await this.backups.createNamed('before-restore');
    await this.transact(
      async (tx) => {
        if (restored.main) tx.setMain(restored.main);
        for (const [year, data] of restored.years) tx.setYear(year, data);
      },
      { label: 'backups.restore', replacesUnreadable: true },
    );
    const files = new Set([MAIN_FILE, ...[...restored.years.keys()].map(yearFile)]);
    await this.notices.retain((p) => !files.has(p.file) && p.file !== JOURNAL_DIR);
  }

  private yearFile(year: number): Promise<StoredFile<YearData>> {
    let file = this.years.get(year);
    if (!file) {
      file = this.load(yearFile(year), yearFormat, () => emptyYearData(year));
      this.years.set(year, file);
      void file.then(() => this.loadedYears.add(year)).catch(() => undefined);
    }
    return file;
  }

  private async load<T extends object>(
    rel: string,
    format: FileFormat<T>,
    create: () => T,
  ): Promise<StoredFile<T>> {
    const snapshot = new SnapshotFile(join(this.dataDir, rel), format, this.appVersion);
    const file: StoredFile<T> = {
      rel,
      snapshot,
      data: create(),
      blocked: null,
      snapshotSeq: 0,
      onDisk: null,
      lastSeq: 0,
      stored: false,
    };
    const pending = () => this.pending.get(rel) ?? [];
    try {
      const year = yearOfFile(rel);
      const stamp = year === null ? null : ((await this.cachedFacts(year))?.snapshot ?? null);
      const read = await snapshot.read(stamp);
      if (read) {
        file.data = read.data;
        file.snapshotSeq = read.seq;
        if (read.file) file.onDisk = { seq: read.seq, ...read.file };
        file.stored = true;
      }
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      // A restore replaced the file whole, and the journal holds that and every change since: the snapshot is
      // not needed (the next compaction writes it again).
      if (error.kind !== 'newer' && pending().some((c) => c.diff.replace))
        return this.replay(file, pending(), create);
      let movedTo: string | null = null;
      if (error.kind === 'corrupt') {
        movedTo = await quarantine(this.dataDir, rel, this.clock()).catch(() => null);
      }
      const reason =
        error.kind === 'newer' ? newerVersionMessage(rel, error.writtenBy, this.appVersion) : error.reason;
      if (error.kind === 'newer') this.newerFile = reason;
      await this.notices.add({
        id: randomUUID(),
        kind: error.kind === 'io' ? 'unreadable' : error.kind,
        file: rel,
        reason,
        movedTo,
        at: this.clock().toISOString(),
      });
      if (movedTo) {
        // The journalled changes were made over the lost content: the file starts again from empty, and
        // says so on disk at once, so a restart does not replay them over nothing.
        file.snapshotSeq = this.journal.nextSeq - 1;
        file.onDisk = { seq: file.snapshotSeq, ...(await snapshot.write(file.data, file.snapshotSeq)) };
        file.stored = true;
      } else {
        file.blocked = error.reason;
      }
    }
    file.lastSeq = file.snapshotSeq;
    return file.blocked ? file : this.replay(file, pending(), create);
  }

  /**
   * `file` as loaded with the journal's changes since its snapshot applied, from the last that replaced it
   * whole on. When one does not fit, neither the snapshot nor its journal can be trusted: nothing of the
   * file is shown (`create`), and it is kept as it is (its changes stay in the journal) until the user
   * restores a backup.
   */
  private async replay<T extends object>(
    file: StoredFile<T>,
    pending: readonly PendingChange[],
    create: () => T,
  ): Promise<StoredFile<T>> {
    const changes = sinceReplaced(
      pending.filter((c) => c.seq > file.snapshotSeq),
      (c) => c.diff,
    );
    try {
      for (const change of changes) {
        file.data = applyObject(file.data, change.diff);
        file.lastSeq = change.seq;
        file.stored = true;
      }
    } catch (error) {
      if (!(error instanceof ReplayMismatchError)) throw error;
      file.data = create();
      file.lastSeq = file.snapshotSeq;
      file.blocked = error.message;
      await this.notices.add({
        id: randomUUID(),
        kind: 'unreadable',
        file: file.rel,
        reason: error.message,
        movedTo: null,
        at: this.clock().toISOString(),
      });
      return file;
    }
    const year = yearOfFile(file.rel);
    if (year !== null && file.stored) this.refreshIndex(year, file as unknown as StoredFile<YearData>);
    return file;
  }

  /**
   * Brings a year's index up to the data just loaded, in the background, if it is missing, behind, or stamped
   * with another snapshot than the one on disk; and its positions, if they do not describe that snapshot.
   */
  private refreshIndex(year: number, file: StoredFile<YearData>): void {
    void this.exclusive(async () => {
      // As of now, not of the load: a compaction may have written a newer snapshot and index meanwhile.
      if (!file.onDisk) {
        const stamp = await fileStamp(join(this.dataDir, file.rel));
        if (stamp && stamp.bytes >= 0) file.onDisk = { seq: file.snapshotSeq, ...stamp };
      }
      if (await this.rewroteWithoutPositions(year, file)) return;
      const { data, lastSeq, onDisk } = file;
      const [rows, facts] = [
        await readYearIndex(this.dataDir, year),
        await readYearFacts(this.dataDir, year),
      ];
      const current =
        rows &&
        rows.seq >= lastSeq &&
        facts &&
        facts.seq >= lastSeq &&
        facts.snapshot?.sha256 === onDisk?.sha256 &&
        facts.snapshot?.seq === onDisk?.seq;
      if (!current) await writeYearIndex(this.dataDir, data, lastSeq, onDisk);
    }).catch((error: unknown) => console.warn(`Không ghi được chỉ mục năm ${year}:`, error));
  }

  /**
   * A year's positions are written only with its snapshot: a year not changed since they were kept (or since
   * an older version wrote it) has none, and each of its model pages read the whole year. Its snapshot is
   * then written again as a compaction writes it (a piece at a time, changes going on between the pieces),
   * its positions and index with it; true when it was. Not a year with changes the journal holds only: the
   * next compaction writes it anyway.
   */
  private async rewroteWithoutPositions(year: number, file: StoredFile<YearData>): Promise<boolean> {
    const onDisk = file.onDisk;
    if (!onDisk) return false;
    // As a model's page may have read them already: no compaction of the year can have come between. Taken
    // out of the cache: the year is loaded, so nothing reads its records alone again.
    const cached = this.positions.get(year);
    this.positions.delete(year);
    const positions = await (cached ?? readSnapshotPositions(this.dataDir, year));
    const { seq, bytes, sha256 } = positions?.snapshot ?? {};
    if (seq === onDisk.seq && bytes === onDisk.bytes && sha256 === onDisk.sha256) return false;
    // Taken in the write queue: the data and the last change it holds, as of one moment.
    const plan = await this.enqueue(async () =>
      file.lastSeq === file.snapshotSeq && !this.newerFile && !file.blocked
        ? { data: file.data, seq: file.lastSeq }
        : null,
    );
    if (!plan) return false;
    await this.lock.assertHeld();
    await this.writeSnapshot(file as unknown as StoredFile<object>, plan.data, plan.seq);
    return true;
  }

  private enqueue<R>(task: () => Promise<R>): Promise<R> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private exclusive<R>(job: () => Promise<R>): Promise<R> {
    const run = this.maintenance.then(job, job);
    this.maintenance = run.catch(() => undefined);
    return run;
  }
}

/** A year snapshot as `DataStore.readAlone` hands it on, checked to be the one its positions describe. */
interface SnapshotParts {
  layout: JsonLayout;
  /** The text at a place the layout names; null when it is no place in this file. */
  text(place: unknown): Promise<string | null>;
  /** Part of the snapshot's data (its lists of interest) with the journal's changes since applied. */
  replay<P extends object>(part: P): P;
}

/**
 * The snapshot's records of the models `ids` it holds, each checked against the model schema and kept as the
 * file holds it (as a full read of this snapshot answers it); undefined when the snapshot has no model
 * positions or a record does not check (the year is read instead).
 */
async function modelRecords(
  { layout, text }: SnapshotParts,
  ids: Iterable<string>,
): Promise<Model[] | undefined> {
  const places = layout.records.models;
  if (!places) return undefined;
  const records: Model[] = [];
  for (const id of ids) {
    if (!Object.hasOwn(places, id)) continue;
    const raw: unknown = JSON.parse((await text(places[id])) ?? 'null');
    const checked = modelSchema.safeParse(raw);
    if (!checked.success || checked.data.id !== id) return undefined;
    records.push(raw as Model);
  }
  return records;
}

/** The text at `place` ([start, end) in bytes) of a file of `size` bytes; null when it is no such place. */
async function readPlace(handle: FileHandle, place: unknown, size: number): Promise<string | null> {
  if (!Array.isArray(place) || place.length !== 2) return null;
  const [start, end] = place as unknown[];
  if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
  const [from, to] = [start as number, end as number];
  if (from < 0 || to <= from || to > size) return null;
  const buffer = Buffer.alloc(to - from);
  const { bytesRead } = await handle.read(buffer, 0, buffer.length, from);
  return bytesRead === buffer.length ? buffer.toString('utf8') : null;
}

/** What to tell the user about a file saved by a newer version of the app, in place and untouched. */
function newerVersionMessage(rel: string, writtenBy: string | null, appVersion: string | undefined): string {
  const by = writtenBy ? `phiên bản ${writtenBy}` : 'một phiên bản mới hơn';
  const mine = appVersion ? ` (đang dùng phiên bản ${appVersion})` : '';
  return (
    `Tệp "${rel}" được lưu bởi ${by} của Dân vận khéo, mới hơn phiên bản này${mine}. ` +
    `Hãy cập nhật Dân vận khéo lên ${writtenBy ? `phiên bản ${writtenBy} hoặc mới hơn` : 'phiên bản mới nhất'} để mở dữ liệu. ` +
    'Tệp được giữ nguyên và ứng dụng không ghi gì vào thư mục dữ liệu cho đến khi đó.'
  );
}
