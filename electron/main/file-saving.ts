import { dirname, join } from 'node:path';
import { stat } from 'node:fs/promises';
import { app, BrowserWindow, dialog, shell, type SaveDialogOptions, type WebContents } from 'electron';
import { AppError } from '../../shared/contract/errors';
import type { FileChannel } from '../../shared/contract/files';
import type { HandlersFor } from '../backend/handlers';
import { writeFileAtomic } from '../backend/store/atomic-write';

const filters: Record<string, SaveDialogOptions['filters']> = {
  docx: [{ name: 'Tài liệu Word', extensions: ['docx'] }],
  xlsx: [{ name: 'Bảng tính Excel', extensions: ['xlsx'] }],
  pdf: [{ name: 'Tệp PDF', extensions: ['pdf'] }],
  zip: [{ name: 'Tệp sao lưu', extensions: ['zip'] }],
};

/**
 * Only files this app saved may be opened or shown: the renderer names a path it got back from a save, never
 * any path it likes.
 */
const saved = new Set<string>();

async function requireSaved(path: string): Promise<void> {
  if (!saved.has(path)) throw new AppError('NOT_FOUND', 'Chỉ mở được tệp vừa lưu từ ứng dụng.');
  await stat(path).catch(() => {
    throw new AppError('NOT_FOUND', `Không tìm thấy tệp “${path}” (có thể đã bị xóa hoặc chuyển đi).`);
  });
}

/**
 * Asks where to save `fileName` (a save dialog over the asking window, in Documents, filtered by the
 * extension) and writes `data` there atomically (temp file, fsync, rename), so a full disk or a pulled USB
 * stick never leaves half a file. Answers the path, or null when the clerk cancelled.
 */
export async function saveWithDialog(
  sender: WebContents,
  title: string,
  fileName: string,
  data: Buffer,
): Promise<string | null> {
  const extension = fileName.split('.').pop()!.toLowerCase();
  const options: SaveDialogOptions = {
    title,
    buttonLabel: 'Lưu',
    defaultPath: join(app.getPath('documents'), fileName),
    filters: filters[extension] ?? [],
  };
  const owner = BrowserWindow.fromWebContents(sender);
  const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return null;
  try {
    await writeFileAtomic(choice.filePath, data);
  } catch (error) {
    throw new AppError(
      'CONFLICT',
      `Không lưu được tệp vào “${dirname(choice.filePath)}”: ${(error as Error).message}. Hãy chọn thư mục khác.`,
    );
  }
  return choice.filePath;
}

/**
 * "Xuất Word", "Xuất Excel" after the backend built the bytes: a save dialog in the Documents folder with the
 * Vietnamese name, then an atomic write (temp file, fsync, rename) so a full disk never leaves half a file.
 * "Mở tệp" and "Mở thư mục" show the file with the system.
 */
export function fileHandlers(sender: WebContents): HandlersFor<FileChannel> {
  return {
    'files.save': async ({ fileName, dataBase64 }) => {
      const path = await saveWithDialog(sender, 'Lưu tệp', fileName, Buffer.from(dataBase64, 'base64'));
      if (path) saved.add(path);
      return { path };
    },
    'files.open': async ({ path }) => {
      await requireSaved(path);
      const failure = await shell.openPath(path);
      if (failure) throw new AppError('CONFLICT', `Không mở được tệp: ${failure}`);
      return { opened: true };
    },
    'files.showInFolder': async ({ path }) => {
      await requireSaved(path);
      shell.showItemInFolder(path);
      return { shown: true };
    },
  };
}
