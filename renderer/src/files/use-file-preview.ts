import { useRef, useState } from 'react';
import { errorMessage } from '../api/api-error';
import { readAsBase64 } from './base64';
import { dropStaged, useJob } from './use-job';

/** A file read and previewed by the backend, staged there under `jobId` until committed or dropped. */
export interface Previewed<T> {
  fileName: string;
  dataBase64: string;
  jobId: string;
  value: T;
}

export interface FilePreviewOptions<T> {
  maxBytes: number;
  /** The message for a file past `maxBytes`, refused before it is read. */
  tooBig: (fileName: string) => string;
  /** The backend's preview of the file, followed as job `jobId`. */
  preview: (input: { fileName: string; dataBase64: string; jobId: string }) => Promise<T>;
  /**
   * Where a refusal is said when not inside a dialog (a message): called at each refusal, so the same file
   * refused twice is said twice, which a state compared between draws would not do.
   */
  onError?: (text: string) => void;
}

/**
 * A file chosen, read, previewed with progress and "Hủy", then committed or let go: what the import dialogs
 * (Excel list, score workbook, data package, backup file) share. Choosing another file, cancelling or closing
 * lets the backend drop what it staged for the earlier one.
 */
export function useFilePreview<T>({ maxBytes, tooBig, preview, onError }: FilePreviewOptions<T>) {
  const job = useJob();
  const [previewed, setPreviewedState] = useState<Previewed<T> | null>(null);
  const [error, setErrorState] = useState<string | null>(null);
  const setError = (text: string | null) => {
    if (text !== null && onError) onError(text);
    else setErrorState(text);
  };
  const staged = useRef<Previewed<T> | null>(null);
  const setPreviewed = (next: Previewed<T> | null) => {
    staged.current = next;
    setPreviewedState(next);
  };

  /** Forgets the preview, and the job under way if any; the backend drops what either staged. */
  const reset = () => {
    void job.cancel();
    if (staged.current) dropStaged(staged.current.jobId);
    setPreviewed(null);
    setError(null);
  };

  const read = async (file: File) => {
    reset();
    if (file.size > maxBytes) {
      setError(tooBig(file.name));
      return;
    }
    try {
      const answer = await job.run(file.name, async (jobId) => {
        const dataBase64 = await readAsBase64(file);
        return {
          fileName: file.name,
          dataBase64,
          jobId,
          value: await preview({ fileName: file.name, dataBase64, jobId }),
        };
      });
      if (answer) setPreviewed(answer);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  /** After the commit: the backend has used what it staged, nothing to drop. */
  const committed = () => setPreviewed(null);

  return { previewed, error, job: job.view, read, cancel: job.cancel, reset, committed };
}
