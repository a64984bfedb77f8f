import { AppError } from '../../../shared/contract/errors';
import type { FileChannel } from '../../../shared/contract/files';
import type { HandlersFor } from '../handlers';

/**
 * Without a desktop window (the browser preview) the browser saves a built file as a download, and it has
 * no way to show a file on this machine: say so. The Electron main process answers these channels itself
 * (electron/main/file-saving.ts).
 */
export function browserFileService(): HandlersFor<FileChannel> {
  const refuse = () => {
    throw new AppError(
      'CONFLICT',
      'Trên trình duyệt, tệp được tải về thư mục Tải xuống của trình duyệt; hãy mở tệp từ đó.',
    );
  };
  return { 'files.save': refuse, 'files.open': refuse, 'files.showInFolder': refuse };
}
