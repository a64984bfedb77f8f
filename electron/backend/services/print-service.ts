import { AppError } from '../../../shared/contract/errors';
import type { HandlersFor } from '../handlers';

/**
 * Without a desktop window (the browser preview) printing is the browser's own: say so. The Electron main
 * process answers these channels itself with the calling window (electron/main/printing.ts).
 */
export function browserPrintService(): HandlersFor<'print.dialog' | 'print.savePdf'> {
  const refuse = () => {
    throw new AppError(
      'CONFLICT',
      'Trên trình duyệt, hãy dùng lệnh In của trình duyệt (Ctrl+P), chọn khổ A4 hoặc “Lưu dưới dạng PDF”.',
    );
  };
  return { 'print.dialog': refuse, 'print.savePdf': refuse };
}
