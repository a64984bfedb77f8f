import type { BuiltFile } from '../../../shared/contract/documents';
import { call } from '../api/client';
import { isDesktopApp } from '../api/transport';
import { downloadBase64 } from '../files/base64';

/** Where a built file went: a path in the desktop app, the browser's downloads in the preview (path null). */
export interface SavedFile {
  fileName: string;
  path: string | null;
}

/**
 * The window's step after the backend built a file: the desktop app asks where to save it (the Documents
 * folder, the Vietnamese name) and writes it atomically; the browser downloads it. Null when cancelled.
 */
export async function saveBuiltFile(file: BuiltFile): Promise<SavedFile | null> {
  if (isDesktopApp()) {
    const { path } = await call('files.save', { fileName: file.fileName, dataBase64: file.dataBase64 });
    return path === null ? null : { fileName: file.fileName, path };
  }
  downloadBase64(file.fileName, file.dataBase64);
  return { fileName: file.fileName, path: null };
}
