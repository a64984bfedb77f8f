import { copyFile, mkdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { AppError } from '../../shared/contract/errors';

/** The app's own corner of the system temp folder, for copies handed to other programs. */
export const OPEN_COPIES_DIR = join('DanVanKheo', 'tep-dang-mo');

export interface OpenCopyOptions {
  /** The stored file, named by its id without an extension. */
  source: string;
  /** The name the user gave it ("Bao cao.docx"), already checked to be a plain file name. */
  name: string;
  /** The folder copies go to: `<temp>/DanVanKheo/tep-dang-mo`. */
  copiesDir: string;
  open: (path: string) => Promise<void>;
  /** The file copy; a test passes one that fails like Windows does on a file another program has open. */
  copy?: (from: string, to: string) => Promise<void>;
}

/**
 * Windows picks the program by the file's extension, and the stored file has none: it opens a copy named
 * as the user named it, in a folder of its own (the stored file's id), so two attachments both called
 * "Bao cao.docx" never overwrite each other. The copy is the user's to read or save elsewhere; edits to it
 * do not change the attachment, which stays unchanged in the data folder. If the copy from an earlier
 * "Mở" is still open in Word (Windows then refuses to overwrite it), that copy is opened again.
 */
export async function openCopy({
  source,
  name,
  copiesDir,
  open,
  copy = copyFile,
}: OpenCopyOptions): Promise<string> {
  const folder = join(copiesDir, basename(source));
  const target = join(folder, name);
  await mkdir(folder, { recursive: true });
  try {
    await copy(source, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!(await exists(source)))
      throw new AppError('NOT_FOUND', `Tệp “${name}” không còn trong thư mục dữ liệu.`);
    const busy = code === 'EBUSY' || code === 'EPERM' || code === 'EACCES';
    if (!busy || !(await exists(target))) throw error;
  }
  await open(target);
  return target;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
