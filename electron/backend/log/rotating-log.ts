import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const LOGS_DIR = 'logs';

export interface RotatingLogOptions {
  /** The folder the files live in (`<data folder>/logs`). */
  dir: string;
  /** File name stem: `app` gives app.log, app.1.log … (newest first). */
  name: string;
  /** A file is rotated once it would grow past this. */
  maxBytes?: number;
  /** How many files are kept, the current one included. */
  files?: number;
}

/**
 * An append-only text log that never grows past `files × maxBytes`: when the current file is full it
 * becomes `<name>.1.log`, the older ones shift up and the oldest is dropped. Writes are synchronous so the
 * lines before a crash are on disk and in order; a line is a few dozen bytes, far below a millisecond.
 * A log that cannot be written (disk full, folder read-only) never stops the app: the line is dropped.
 */
export class RotatingLog {
  readonly dir: string;
  private readonly name: string;
  private readonly maxBytes: number;
  private readonly files: number;
  private size: number | null = null;
  private warned = false;

  constructor({ dir, name, maxBytes = 1024 * 1024, files = 5 }: RotatingLogOptions) {
    this.dir = dir;
    this.name = name;
    this.maxBytes = maxBytes;
    this.files = files;
  }

  /** The file being written now. */
  get currentFile(): string {
    return this.fileAt(0);
  }

  write(text: string): void {
    const line = text.endsWith('\n') ? text : `${text}\n`;
    const bytes = Buffer.byteLength(line);
    try {
      if (this.size === null) this.size = this.existingSize();
      if (this.size > 0 && this.size + bytes > this.maxBytes) this.rotate();
      appendFileSync(this.currentFile, line);
      this.size += bytes;
    } catch (error) {
      this.size = null;
      if (!this.warned) console.warn('Không ghi được nhật ký:', (error as Error).message);
      this.warned = true;
    }
  }

  private existingSize(): number {
    mkdirSync(this.dir, { recursive: true });
    try {
      return statSync(this.currentFile).size;
    } catch {
      return 0;
    }
  }

  private rotate(): void {
    rmSync(this.fileAt(this.files - 1), { force: true });
    for (let index = this.files - 2; index >= 0; index--) {
      try {
        renameSync(this.fileAt(index), this.fileAt(index + 1));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    this.size = 0;
  }

  private fileAt(index: number): string {
    return join(this.dir, index === 0 ? `${this.name}.log` : `${this.name}.${index}.log`);
  }
}
