import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/api-error';
import { call } from '../api/client';
import { followUpload } from '../api/transport';

/** What the page shows of a job under way: what it is about, what is being done and how far. */
export interface JobView {
  title: string;
  phase: string;
  percent: number;
  /** "Hủy" was pressed and the backend has not answered yet. */
  cancelling: boolean;
}

/** The phase while the file is on its way to the preview's backend (as the backend names it meanwhile). */
export const UPLOADING = 'Đang gửi tệp đi';

/** How often the page asks how the job goes: often enough to move smoothly, rarely enough to cost nothing. */
const POLL_MS = 250;

/** Tells the backend to let go of work staged for a commit the user will not make (a preview closed). */
export function dropStaged(jobId: string): void {
  void call('jobs.cancel', { jobId }).catch(() => undefined);
}

/**
 * One long call at a time that the backend reports on (`jobs.progress`) and the user can cancel
 * (`jobs.cancel`). A later `run`, or a cancel, makes the earlier call's answer stale: it is then ignored.
 */
export function useJob() {
  const [view, setView] = useState<JobView | null>(null);
  const current = useRef<string | null>(null);

  // A page left while a job runs: the backend stops it rather than finish work nobody will see.
  useEffect(
    () => () => {
      if (current.current) dropStaged(current.current);
      current.current = null;
    },
    [],
  );

  /**
   * Runs `work` as a new job; resolves with its answer, or null when it was cancelled or replaced. `firstPhase`
   * is shown until the backend reports its own (or, in the preview, the file's upload goes).
   */
  const run = useCallback(
    async <T>(
      title: string,
      work: (jobId: string) => Promise<T>,
      firstPhase = 'Đang đọc tệp',
    ): Promise<T | null> => {
      const jobId = crypto.randomUUID();
      current.current = jobId;
      setView({ title, phase: firstPhase, percent: 0, cancelling: false });
      // Once the backend reports, its phases follow: a late word of the upload does not step back.
      let started = false;
      const timer = setInterval(() => {
        void call('jobs.progress', { jobId })
          .then((p) => {
            if (current.current !== jobId || p.state !== 'running') return;
            started = true;
            setView((v) => v && { ...v, phase: p.phase, percent: p.percent });
          })
          .catch(() => undefined);
      }, POLL_MS);
      // In the preview, a large file's way up is shown until the backend reports.
      const unfollow = followUpload(jobId, (sent, total) => {
        if (current.current !== jobId || started || total === 0) return;
        const percent = Math.floor((100 * sent) / total);
        setView((v) => v && { ...v, phase: UPLOADING, percent });
      });
      try {
        const answer = await work(jobId);
        return current.current === jobId ? answer : null;
      } catch (error) {
        if (current.current !== jobId || (error instanceof ApiError && error.code === 'CANCELLED'))
          return null;
        throw error;
      } finally {
        clearInterval(timer);
        unfollow();
        if (current.current === jobId) {
          current.current = null;
          setView(null);
        }
      }
    },
    [],
  );

  /**
   * "Hủy": stops the job under way. Resolves false when the backend could not stop it any more (a restore
   * that has started writing): the page then waits for its answer as before.
   */
  const cancel = useCallback(async (): Promise<boolean> => {
    const jobId = current.current;
    if (!jobId) return true;
    setView((v) => v && { ...v, cancelling: true });
    const answer = await call('jobs.cancel', { jobId }).catch(() => null);
    if (current.current !== jobId) return true;
    if (answer && answer.state !== 'cancelled' && answer.state !== 'failed' && answer.state !== 'waiting') {
      setView((v) => v && { ...v, cancelling: false });
      return false;
    }
    current.current = null;
    setView(null);
    return true;
  }, []);

  return { view, run, cancel };
}
