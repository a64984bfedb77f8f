import { randomUUID } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { AppError } from '../../shared/contract/errors';
import type { JobProgress } from '../../shared/contract/jobs';
import type { HandlersFor } from './handlers';

/**
 * How long work reports: in `phase`, `fraction` (0 to 1) of the whole is done. It resolves when the work may
 * go on, after giving the event loop a turn now and then, so that `jobs.progress` and `jobs.cancel` are
 * answered meanwhile; it rejects with CANCELLED once the user has cancelled. `beforeBlocking`: the work is
 * about to hold the event loop in a step that cannot report, so it waits (briefly) for the page's next
 * `jobs.progress` to read this phase, which would otherwise show only once the step is over.
 */
export type Progress = (phase: string, fraction: number, beforeBlocking?: boolean) => Promise<void>;

/** For work nobody follows: a caller that sent no job id, a bench. */
export const noProgress: Progress = () => Promise.resolve();

/** The stretch of a job from `from` to `to` (fractions of the whole), for a step that counts in its own units. */
export function part(progress: Progress, from: number, to: number): Progress {
  return (phase, fraction, beforeBlocking) =>
    progress(phase, from + (to - from) * Math.min(1, Math.max(0, fraction)), beforeBlocking);
}

/** What running work is handed: its progress, and the mark of the point from which it writes. */
export interface JobHandle {
  progress: Progress;
  /**
   * From here the work writes (a restore's safety backup, then its transaction): it can no longer be
   * cancelled. Throws CANCELLED if it was cancelled before this point.
   */
  writing(phase: string, fraction: number): void;
}

export const unfollowed: JobHandle = { progress: noProgress, writing: () => undefined };

export const cancelled = () => new AppError('CANCELLED', 'Đã hủy theo yêu cầu: chưa có gì được ghi.');

/** Jobs remembered (finished ones, so a late poll or cancel finds them); the oldest finished go first. */
const KEPT = 64;
/** Work gives the event loop a turn at most this often: often enough for a poll, rarely enough to cost nothing. */
const TURN_MS = 25;
/** The longest a phase waits to be read before a step that blocks: a little over the page's 250 ms poll. */
const POLL_WAIT_MS = 400;

interface JobRecord {
  progress: JobProgress;
  /** Lets go of what the job staged for its commit. */
  drop: (() => void) | null;
  /** Past the point where it writes: a cancel no longer stops it. */
  writing: boolean;
  lastTurn: number;
  /** The page asks how the job goes (a job only watched, or nobody's, is never waited on). */
  polled: boolean;
  /** Work waiting for the next poll to read its phase. */
  onPoll: (() => void) | null;
}

/** A function, not an inline test, so the compiler does not narrow a state that a cancel changes meanwhile. */
const isCancelled = (record: JobRecord) => record.progress.state === 'cancelled';

/**
 * The jobs the renderer follows, by the id it chose. A cancelled job refuses to go on at its next step, and
 * what it staged for a commit is dropped, so that commit is refused; cancelling an id the backend has not
 * received yet refuses that work when it arrives.
 */
export class Jobs {
  private readonly records = new Map<string, JobRecord>();

  /** `watch` sees every step of every job, as it is recorded (tests follow a job with it). */
  constructor(private readonly watch?: (jobId: string, progress: JobProgress) => void) {}

  /** Runs `work` as job `jobId`; without an id the work runs unfollowed. */
  async run<R>(jobId: string | undefined, work: (job: JobHandle) => Promise<R>): Promise<R> {
    if (jobId === undefined) return work(unfollowed);
    const known = this.records.get(jobId);
    if (known && isCancelled(known)) throw cancelled();
    if (known) throw new AppError('CONFLICT', 'Mã công việc này đã được dùng: hãy chọn lại tệp.');
    const record: JobRecord = {
      progress: { state: 'running', phase: 'Đang bắt đầu', percent: 0 },
      drop: null,
      writing: false,
      lastTurn: performance.now(),
      polled: false,
      onPoll: null,
    };
    this.remember(jobId, record);
    const progress: Progress = async (phase, fraction, beforeBlocking = false) => {
      if (isCancelled(record)) throw cancelled();
      const changed = phase !== record.progress.phase;
      // Never backwards, and 100 only once the answer is ready; 0.7 + 0.28 is 98 %, not 97.99999.
      const percent = Math.max(record.progress.percent, Math.min(99, Math.floor(fraction * 100 + 1e-9)));
      this.update(jobId, record, { state: 'running', phase, percent });
      if (beforeBlocking && record.polled) {
        await new Promise<void>((resolve) => {
          const waiting = setTimeout(resolve, POLL_WAIT_MS);
          record.onPoll = () => {
            clearTimeout(waiting);
            resolve();
          };
        });
        record.onPoll = null;
        // The poll's answer leaves before the work holds the event loop again.
        await nextTurn();
        record.lastTurn = performance.now();
      } else if (changed || performance.now() - record.lastTurn >= TURN_MS) {
        await nextTurn();
        record.lastTurn = performance.now();
      }
      if (isCancelled(record)) throw cancelled();
    };
    try {
      const result = await work({
        progress,
        writing: (phase, fraction) => {
          if (isCancelled(record)) throw cancelled();
          record.writing = true;
          this.update(jobId, record, { state: 'running', phase, percent: Math.floor(fraction * 100) });
        },
      });
      if (isCancelled(record)) throw cancelled();
      this.update(jobId, record, { state: 'done', phase: 'Xong', percent: 100 });
      return result;
    } catch (error) {
      if (isCancelled(record)) {
        // Cancelled while the last of the work ran: whatever it staged goes too.
        record.drop?.();
        record.drop = null;
        throw cancelled();
      }
      this.update(jobId, record, { ...record.progress, state: 'failed' });
      throw error;
    }
  }

  /** What job `jobId` staged for its commit; `drop` lets go of it when the user cancels. */
  stage(jobId: string | undefined, drop: () => void): void {
    const record = jobId === undefined ? undefined : this.records.get(jobId);
    if (record) record.drop = drop;
  }

  progress(jobId: string): JobProgress {
    const record = this.records.get(jobId);
    if (!record) return { state: 'waiting', phase: 'Đang gửi tệp đi', percent: 0 };
    record.polled = true;
    record.onPoll?.();
    return record.progress;
  }

  /**
   * Cancels job `jobId` while it reads or waits for its commit, or before it arrives; work that failed, or
   * that has started writing, or that finished without staging anything, is answered as it stands.
   */
  cancel(jobId: string): JobProgress {
    const record = this.records.get(jobId);
    if (!record) {
      const tombstone: JobRecord = {
        progress: { state: 'cancelled', phase: 'Đã hủy', percent: 0 },
        drop: null,
        writing: false,
        lastTurn: 0,
        polled: false,
        onPoll: null,
      };
      this.remember(jobId, tombstone);
      return tombstone.progress;
    }
    const { state } = record.progress;
    const stoppable = state === 'running' ? !record.writing : state === 'done' && record.drop !== null;
    if (!stoppable) return record.progress;
    this.update(jobId, record, { ...record.progress, state: 'cancelled', phase: 'Đã hủy' });
    record.drop?.();
    record.drop = null;
    return record.progress;
  }

  /** Refuses to commit work the user cancelled, saying so rather than that it expired. */
  refuseCancelled(jobId: string, message: string): void {
    const record = this.records.get(jobId);
    if (record && isCancelled(record)) throw new AppError('CANCELLED', message);
  }

  private update(jobId: string, record: JobRecord, progress: JobProgress): void {
    record.progress = progress;
    this.watch?.(jobId, progress);
  }

  private remember(jobId: string, record: JobRecord): void {
    this.records.set(jobId, record);
    for (const [id, old] of this.records) {
      if (this.records.size <= KEPT) break;
      if (old.progress.state !== 'running') this.records.delete(id);
    }
  }
}

/**
 * What previews read, kept for their commit: the newest `kept`, each under its job's id (or a new one), dropped
 * when its job is cancelled. A commit takes one back, refused when its preview was cancelled or is gone.
 */
export class StagedPreviews<T> {
  private readonly staged = new Map<string, T>();

  constructor(
    private readonly jobs: Jobs,
    private readonly kept: number,
    private readonly refusals: { cancelled: string; gone: string },
  ) {}

  /** Keeps `value` and returns the id its commit names. */
  keep(jobId: string | undefined, value: T): string {
    const id = jobId ?? randomUUID();
    this.staged.set(id, value);
    for (const old of [...this.staged.keys()].slice(0, -this.kept)) this.staged.delete(old);
    this.jobs.stage(jobId, () => this.staged.delete(id));
    return id;
  }

  get(id: string): T {
    this.jobs.refuseCancelled(id, this.refusals.cancelled);
    const value = this.staged.get(id);
    if (value === undefined) throw new AppError('NOT_FOUND', this.refusals.gone);
    return value;
  }

  delete(id: string): void {
    this.staged.delete(id);
  }
}

export function jobService(jobs: Jobs): HandlersFor<'jobs.progress' | 'jobs.cancel'> {
  return {
    'jobs.progress': ({ jobId }) => jobs.progress(jobId),
    'jobs.cancel': ({ jobId }) => jobs.cancel(jobId),
  };
}
