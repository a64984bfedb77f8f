import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { storageProblemSchema, type StorageProblem } from '../../../shared/contract/storage';
import { writeFileAtomic } from './atomic-write';
import { CORRUPT_DIR } from './quarantine';

/** The notices about files moved aside, kept beside them until the user restores or dismisses them. */
const NOTICES_FILE = `${CORRUPT_DIR}/thong-bao.json`;

/**
 * Notices about data files that could not be read. One about a file moved to `corrupt/` is kept on disk:
 * after a restart the folder looks merely empty, and only the notice says the office's data is elsewhere.
 * (A file left in place, unreadable or from a newer version, is found again at each start.)
 */
export class StorageNotices {
  private list: StorageProblem[] = [];

  constructor(private readonly dataDir: string) {}

  /** Reads the notices a previous session left; a damaged notices file is read as none. */
  async load(): Promise<void> {
    const text = await readFile(join(this.dataDir, NOTICES_FILE), 'utf8').catch(() => null);
    if (text === null) return;
    try {
      this.list = z.array(storageProblemSchema).parse(JSON.parse(text));
    } catch (error) {
      console.warn('Bỏ qua tệp thông báo hỏng:', error);
    }
  }

  get all(): readonly StorageProblem[] {
    return this.list;
  }

  async add(problem: StorageProblem): Promise<void> {
    this.list.push(problem);
    if (problem.movedTo) await this.save();
  }

  /** Keeps only the notices `keep` accepts (after a restore: those about files it did not bring back). */
  async retain(keep: (problem: StorageProblem) => boolean): Promise<void> {
    this.list = this.list.filter(keep);
    await this.save();
  }

  private async save(): Promise<void> {
    const kept = this.list.filter((p) => p.movedTo !== null);
    await writeFileAtomic(join(this.dataDir, NOTICES_FILE), JSON.stringify(kept, null, 1));
  }
}
