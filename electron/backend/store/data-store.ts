import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Low } from 'lowdb';
import { AppError } from '../../../shared/contract/errors';
import type { StorageProblem } from '../../../shared/contract/storage';
import type { Clock } from '../clock';
import { writeFileAtomic } from './atomic-write';
import { Backups } from './backups';
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
import { lockDataFolder, type FolderLock } from './folder-lock';
import { removeInterruptedWrites } from './leftovers';
import { DataFolderUnavailableError, isDiskError, writeFailed } from './disk-errors';
import { quarantine } from './quarantine';
import { UnreadableFileError, ValidatedJsonFile, parseStored, type FileFormat } from './validated-json-file';

interface LoadedFile<T> {
  rel: string;
  db: Low<T>;
  adapter: ValidatedJsonFile<T>;
  /** Set when the file exists but could not be read or moved aside: writing it would destroy it. */
  blocked: string | null;
}

/** One transaction's view of the data: reads see its own earlier changes; nothing is stored until it returns. */
export interface Tx {
  /** Office data as of this transaction (earlier setMain in it included). */
  readonly main: MainData;
  setMain(next: MainData): void;
  /** A year's data as of this transaction; loads the year file on first use; a new year starts empty. */
  year(year: number): Promise<YearData>;
  setYear(year: number, next: YearData): void;
  /** Years that exist on disk or were set in this transaction, ascending. */
  storedYears(): Promise<number[]>;
}

export interface TransactOptions {
  /** What the change was ("models.create"), kept with it for whoever reads the data folder. */
  label?: string;
}

export interface DataStoreOptions {
  dataDir: string;
  clock: Clock;
}

/**
 * The data folder: one file for the office (settings, catalogues) and one per year, loaded on first use.
 * Every change goes through one queue: apply to a copy, write atomically, then swap in memory, so a failed
 * write leaves both disk and memory as they were.
 */
export class DataStore {
  readonly backups: Backups;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly problemList: StorageProblem[] = [];
  private main!: LoadedFile<MainData>;
  private readonly years = new Map<number, Promise<LoadedFile<YearData>>>();

  private constructor(
    readonly dataDir: string,
    private readonly clock: Clock,
    private readonly lock: FolderLock,
  ) {
    this.backups = new Backups(dataDir, clock);
  }

  static async open({ dataDir, clock }: DataStoreOptions): Promise<DataStore> {
    let lock: FolderLock | null = null;
    try {
      await mkdir(dataDir, { recursive: true });
      lock = await lockDataFolder(dataDir);
      const store = new DataStore(dataDir, clock, lock);
      await removeInterruptedWrites(dataDir);
      await store.backups.removePartials();
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

  async close(): Promise<void> {
    await this.queue.catch(() => undefined);
    await this.lock.release();
  }

  get problems(): readonly StorageProblem[] {
    return this.problemList;
  }

  dismissProblems(): void {
    this.problemList.length = 0;
  }

  get mainData(): MainData {
    return this.main.db.data;
  }

  /**
   * Runs `fn` inside the write queue, so its checks see every earlier change and no later one. If it throws,
   * nothing is stored; otherwise every `setMain`/`setYear` is written before the promise resolves with
   * `fn`'s result, and only then does memory show the change.
   */
  transact<R>(fn: (tx: Tx) => R | Promise<R>, _options: TransactOptions = {}): Promise<R> {
    return this.enqueue(async () => {
      let main: MainData | null = null;
      const years = new Map<number, YearData>();
      const tx: Tx = {
        get main() {
          return main ?? mainFile.db.data;
        },
        setMain: (next) => {
          main = next;
        },
        year: async (year) => years.get(year) ?? (await this.yearFile(year)).db.data,
        setYear: (year, next) => {
          years.set(year, next);
        },
        storedYears: async () =>
          [...new Set([...(await this.storedYears()), ...years.keys()])].sort((a, b) => a - b),
      };
      const mainFile = this.main;
      const result = await fn(tx);
      const writes: Array<[LoadedFile<unknown>, unknown]> = [];
      if (main) writes.push([mainFile as LoadedFile<unknown>, main]);
      for (const [year, data] of years)
        writes.push([(await this.yearFile(year)) as LoadedFile<unknown>, data]);
      await this.write(writes);
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

  async yearData(year: number): Promise<YearData> {
    return (await this.yearFile(year)).db.data;
  }

  updateYear(year: number, change: (data: YearData) => YearData): Promise<YearData> {
    return this.transact(async (tx) => {
      const next = change(await tx.year(year));
      tx.setYear(year, next);
      return next;
    });
  }

  /** Years that have a file on disk, ascending. */
  async storedYears(): Promise<number[]> {
    const names = await readdir(join(this.dataDir, YEARS_DIR)).catch(() => [] as string[]);
    return names
      .map((n) => YEAR_FILE_PATTERN.exec(n)?.[1])
      .filter((y): y is string => y !== undefined)
      .map(Number)
      .sort((a, b) => a - b);
  }

  /**
   * Puts the files of backup `id` back. Every file is checked before anything is touched, and the current
   * data is first backed up itself, so a restore can be undone.
   */
  restore(id: string): Promise<void> {
    return this.enqueue(async () => {
      const info = await this.backups.describe(id);
      if (!info) throw new AppError('NOT_FOUND', `Không tìm thấy bản sao lưu "${id}".`);
      const texts = new Map<string, string>();
      for (const file of info.files) {
        const text = await readFile(this.backups.filePath(id, file), 'utf8');
        try {
          parseStored<unknown>(text, file === MAIN_FILE ? mainFormat : yearFormat);
        } catch (error) {
          const reason = error instanceof UnreadableFileError ? error.reason : String(error);
          throw new AppError(
            'CONFLICT',
            `Bản sao lưu "${id}" có tệp "${file}" không dùng được (${reason}). Không khôi phục gì.`,
          );
        }
        texts.set(file, text);
      }
      await this.lock.assertHeld();
      await this.backups.createNamed('before-restore');
      for (const [file, text] of texts) await writeFileAtomic(join(this.dataDir, file), text);
      const restored = new Set(info.files);
      const remaining = this.problemList.filter((p) => !restored.has(p.file));
      this.problemList.splice(0, this.problemList.length, ...remaining);
      this.main = await this.load(MAIN_FILE, mainFormat, () => emptyMainData(this.clock()));
      this.years.clear();
    });
  }

  private yearFile(year: number): Promise<LoadedFile<YearData>> {
    let file = this.years.get(year);
    if (!file) {
      file = this.load(yearFile(year), yearFormat, () => emptyYearData(year));
      this.years.set(year, file);
    }
    return file;
  }

  private async load<T>(rel: string, format: FileFormat<T>, create: () => T): Promise<LoadedFile<T>> {
    const adapter = new ValidatedJsonFile(join(this.dataDir, rel), format);
    const db = new Low<T>(adapter, create());
    try {
      await db.read();
      return { rel, db, adapter, blocked: null };
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      let movedTo: string | null = null;
      if (error.kind === 'corrupt') {
        movedTo = await quarantine(this.dataDir, rel, this.clock()).catch(() => null);
      }
      this.problemList.push({
        id: randomUUID(),
        file: rel,
        reason: error.reason,
        movedTo,
        at: this.clock().toISOString(),
      });
      return { rel, db, adapter, blocked: movedTo ? null : error.reason };
    }
  }

  /** Writes every changed file, then shows them in memory; refuses before writing anything it must not. */
  private async write(writes: Array<[LoadedFile<unknown>, unknown]>): Promise<void> {
    if (writes.length === 0) return;
    for (const [file] of writes) {
      if (file.blocked) {
        throw new AppError(
          'DATA_UNAVAILABLE',
          `Tệp "${file.rel}" không đọc được (${file.blocked}) nên không được ghi đè. Hãy khôi phục từ bản sao lưu.`,
        );
      }
    }
    // A session whose lock was taken over (it was paused, another opened the folder) must not write again.
    await this.lock.assertHeld();
    try {
      await this.backups.ensureToday();
      for (const [file, next] of writes) {
        await file.adapter.write(next);
        file.db.data = next;
      }
    } catch (error) {
      if (isDiskError(error)) throw writeFailed(error, this.dataDir);
      throw error;
    }
  }

  private enqueue<R>(task: () => Promise<R>): Promise<R> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
