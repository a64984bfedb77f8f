import { createHash } from 'node:crypto';
import { mkdir, open, readdir, readFile, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { syncDirectory } from './atomic-write';
import type { ObjectDiff } from './change-diff';

/**
 * The journal: every committed transaction is one line appended to `journal/<first seq>.jsonl` and flushed
 * to disk before the change is answered. A line is plain JSON, `{"sum":"<sha256 of tx>","tx":{…}}`, so a
 * person can read it and the store can tell a whole record from one cut short by a power failure.
 * The snapshots (office.json, years/*.json) record the last `seq` they include; compaction writes fresh
 * snapshots, starts a new segment, and only then removes the segments the snapshots cover.
 */
export const JOURNAL_DIR = 'journal';
const SEGMENT_PATTERN = /^(\d{12})\.jsonl$/;
const segmentName = (firstSeq: number) => `${String(firstSeq).padStart(12, '0')}.jsonl`;
const PREFIX = '{"sum":"';
const MIDDLE = '","tx":';
const SUM_LENGTH = 64;
const NEWLINE = 0x0a;
const LINE_END = Buffer.from('}\n');
const DAMAGE_MARGIN = 1000;

export interface JournalRecord {
  seq: number;
  /** When it was committed (ISO). */
  at: string;
  /** What it was, e.g. the channel ("models.create"). */
  label?: string;
  /** Per data file (its path in the data folder), what changed. */
  changes: Record<string, ObjectDiff>;
}

export function encodeRecord(record: JournalRecord): string {
  return Buffer.concat(encodeLine(record)).toString('utf8');
}

/**
 * The record's line as bytes, in parts written together. The record's text is encoded once and hashed as
 * bytes: a package merged into an empty office makes one ~80 MB record, where encoding the text again for the
 * hash and for the write, and joining the parts, cost most of a second.
 */
function encodeLine(record: JournalRecord): Buffer[] {
  const tx = Buffer.from(JSON.stringify(record), 'utf8');
  return [Buffer.from(`${PREFIX}${sha256(tx)}${MIDDLE}`), tx, LINE_END];
}

const listDiffSchema = z
  .object({
    upsert: z.array(z.looseObject({ id: z.string() })).optional(),
    delete: z.array(z.string()).optional(),
  })
  .strict();
const objectDiffSchema: z.ZodType<ObjectDiff> = z.lazy(() =>
  z
    .object({
      replace: z.literal(true).optional(),
      set: z.record(z.string(), z.unknown()).optional(),
      unset: z.array(z.string()).optional(),
      in: z.record(z.string(), objectDiffSchema).optional(),
      lists: z.record(z.string(), listDiffSchema).optional(),
    })
    .strict(),
);
/** A data file a record may change: office.json or a year's snapshot. */
const changedFileSchema = z.string().regex(/^(office\.json|years\/\d{4}\.json)$/);
const recordSchema = z
  .object({
    seq: z.number().int().positive(),
    at: z.string(),
    label: z.string().optional(),
    changes: z.record(changedFileSchema, objectDiffSchema),
  })
  .strict();

/**
 * The record on a line (without its newline): 'torn' when the line is cut short or altered (its checksum
 * fails), 'invalid' when it is whole and checks out but is not a record of this journal (never applied).
 */
export function readRecord(line: string): JournalRecord | 'torn' | 'invalid' {
  const start = PREFIX.length + SUM_LENGTH + MIDDLE.length;
  if (!line.startsWith(PREFIX) || line.slice(PREFIX.length + SUM_LENGTH, start) !== MIDDLE) return 'torn';
  if (!line.endsWith('}')) return 'torn';
  const tx = line.slice(start, -1);
  if (sha256(tx) !== line.slice(PREFIX.length, PREFIX.length + SUM_LENGTH)) return 'torn';
  let raw: unknown;
  try {
    raw = JSON.parse(tx);
  } catch {
    return 'invalid';
  }
  const record = recordSchema.safeParse(raw);
  return record.success ? record.data : 'invalid';
}

/** The record on a line, or null when it cannot be applied (cut short, altered, or of the wrong shape). */
export function decodeRecord(line: string): JournalRecord | null {
  const record = readRecord(line);
  return typeof record === 'string' ? null : record;
}

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/** A segment as read: its good records, and where a bad one (if any) starts. */
interface SegmentRead {
  name: string;
  records: JournalRecord[];
  /** Byte offset just after each good record. */
  ends: number[];
  /** The highest seq of any whole line, damaged ones' neighbours included. */
  maxSeq: number;
  /** Byte length of the good records. */
  goodBytes: number;
  /** Total bytes in the file. */
  bytes: number;
  /** Whether something after the good records is not a whole, checked record. */
  damaged: boolean;
  /** Whether more lines follow the damage (not just a torn last write). */
  damagedInside: boolean;
}

export interface JournalContents {
  records: JournalRecord[];
  /** Set when a damaged record sat before other data: what is after it was not applied. */
  problem: string | null;
  segments: SegmentRead[];
}

/** Reads every segment of a journal folder (the data folder's or a backup's), checking each record. */
export async function readJournal(dir: string): Promise<JournalContents> {
  const names = (await readdir(dir).catch(() => [] as string[]))
    .filter((n) => SEGMENT_PATTERN.test(n))
    .sort();
  const segments: SegmentRead[] = [];
  for (const name of names) segments.push(readSegment(name, await readFile(join(dir, name))));
  const records: JournalRecord[] = [];
  let problem: string | null = null;
  for (const [i, segment] of segments.entries()) {
    const last = i === segments.length - 1;
    let lastSeq = records.at(-1)?.seq ?? 0;
    for (const record of segment.records) {
      if (record.seq <= lastSeq) {
        problem ??= `bản ghi ${record.seq} trong "${JOURNAL_DIR}/${segment.name}" không theo thứ tự`;
        break;
      }
      records.push(record);
      lastSeq = record.seq;
    }
    if (problem) break;
    if (segment.damaged && (segment.damagedInside || !last)) {
      problem = `bản ghi thứ ${segment.records.length + 1} trong "${JOURNAL_DIR}/${segment.name}" bị hỏng`;
      break;
    }
  }
  return { records, problem, segments };
}

function readSegment(name: string, bytes: Buffer): SegmentRead {
  const read: SegmentRead = {
    name,
    records: [],
    ends: [],
    maxSeq: 0,
    goodBytes: 0,
    bytes: bytes.length,
    damaged: false,
    damagedInside: false,
  };
  let offset = 0;
  while (offset < bytes.length) {
    const end = bytes.indexOf(NEWLINE, offset);
    if (end === -1) {
      read.damaged = true; // cut short before its newline: never acknowledged
      break;
    }
    const line = readRecord(bytes.toString('utf8', offset, end));
    const record = typeof line === 'string' ? null : line;
    if (record) read.maxSeq = Math.max(read.maxSeq, record.seq);
    if (!record && !read.damaged) {
      read.damaged = true;
      // A whole line whose checksum holds was written in full: not a torn last write, always reported.
      if (line === 'invalid') read.damagedInside = true;
    } else if (read.damaged) read.damagedInside = true;
    else {
      read.records.push(record!);
      read.ends.push(end + 1);
      read.goodBytes = end + 1;
    }
    offset = end + 1;
  }
  return read;
}

/** The data folder's journal, open for appending. */
export class Journal {
  /** Bytes in the active segment (what has been acknowledged). */
  private bytes = 0;
  private broken: Error | null = null;

  private constructor(
    private readonly dir: string,
    private active: string,
    private handle: FileHandle,
    /** Segments before the active one, oldest first. */
    private closed: string[],
    private next: number,
  ) {}

  /**
   * Opens the journal of a data folder: a torn last record is cut off (it was never answered); after a
   * damaged record in the middle, the segments from it on are copied to `saveAside` untouched, the rest is
   * dropped and a fresh segment started, so what is applied is always a clean prefix.
   */
  static async open(
    dataDir: string,
    saveAside: (segment: string) => Promise<void>,
  ): Promise<{ journal: Journal; contents: JournalContents }> {
    const dir = join(dataDir, JOURNAL_DIR);
    await mkdir(dir, { recursive: true });
    const contents = await readJournal(dir);
    const { segments, records } = contents;
    // Never reuse a number: snapshots may already hold changes up to any seq a segment was named after.
    let next = 1;
    for (const s of segments)
      next = Math.max(next, Number(SEGMENT_PATTERN.exec(s.name)![1]) + 1, s.maxSeq + 1);
    // A damaged line's own number is unreadable: leave room for it.
    if (contents.problem) next += DAMAGE_MARGIN;

    let kept = segments.map((s) => s.name);
    if (contents.problem) {
      const lastGood = records.at(-1)?.seq ?? 0;
      const bad = segments.findIndex((s) => s.records.some((r) => r.seq > lastGood) || s.damaged);
      for (const s of segments.slice(bad)) await saveAside(s.name);
      const cut = segments[bad]!;
      const keep = cut.records.filter((r) => r.seq <= lastGood).length;
      await truncateFile(join(dir, cut.name), keep === 0 ? 0 : cut.ends[keep - 1]!);
      for (const s of segments.slice(bad + 1)) await rm(join(dir, s.name));
      kept = kept.slice(0, bad + 1);
      kept.push(segmentName(next));
    } else if (segments.length > 0) {
      const last = segments.at(-1)!;
      if (last.goodBytes < last.bytes) await truncateFile(join(dir, last.name), last.goodBytes);
    } else {
      kept.push(segmentName(next));
    }
    const active = kept.at(-1)!;
    const handle = await open(join(dir, active), 'a');
    await syncDirectory(dir);
    const journal = new Journal(dir, active, handle, kept.slice(0, -1), next);
    journal.bytes = (await handle.stat()).size;
    return { journal, contents };
  }

  /** The seq the next record takes. */
  get nextSeq(): number {
    return this.next;
  }

  /** Bytes in the active segment. */
  get size(): number {
    return this.bytes;
  }

  /** The segments as they stand now, and how many bytes of the active one are acknowledged. */
  state(): { closed: string[]; active: string; activeBytes: number } {
    return { closed: [...this.closed], active: this.active, activeBytes: this.bytes };
  }

  /** Appends one record and flushes it to disk; on failure the segment is cut back to what it was. */
  async append(record: Omit<JournalRecord, 'seq'>): Promise<number> {
    if (this.broken) throw this.broken;
    const seq = this.next;
    const parts = encodeLine({ seq, ...record });
    const length = parts.reduce((n, part) => n + part.length, 0);
    try {
      const { bytesWritten } = await this.handle.writev(parts);
      if (bytesWritten !== length) throw new Error(`journal: ${bytesWritten} of ${length} bytes written`);
      await this.handle.datasync();
    } catch (error) {
      await this.handle.truncate(this.bytes).catch((cut: unknown) => {
        // A half-written record that cannot be removed would swallow the next one: stop writing.
        this.broken = cut as Error;
      });
      throw error;
    }
    this.bytes += length;
    this.next = seq + 1;
    return seq;
  }

  /** Starts a new segment for what follows; returns the segments before it (for removal once covered). */
  async rotate(): Promise<string[]> {
    const name = segmentName(this.next);
    const handle = await open(join(this.dir, name), 'a');
    await syncDirectory(this.dir);
    const previous = this.handle;
    this.closed.push(this.active);
    this.active = name;
    this.handle = handle;
    this.bytes = 0;
    await previous.close();
    return [...this.closed];
  }

  /** Removes segments whose every record the snapshots now hold. */
  async remove(names: readonly string[]): Promise<void> {
    for (const name of names) {
      await rm(join(this.dir, name), { force: true });
      this.closed = this.closed.filter((n) => n !== name);
    }
    await syncDirectory(this.dir);
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}

async function truncateFile(path: string, length: number): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.truncate(length);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
