import { join } from 'node:path';
import { app, BrowserWindow, dialog, type SaveDialogOptions, type WebContents } from 'electron';
import { AppError } from '../../shared/contract/errors';
import type { WindowChannel } from '../../shared/contract/printing';
import type { HandlersFor } from '../backend/handlers';
import { writeFileAtomic } from '../backend/store/atomic-write';

/**
 * "In" and "Xuất PDF" for the page on screen. The print views set the paper (A4, margins from the settings)
 * in their @page CSS, which printToPDF follows; the system print dialog takes the margins from it but not
 * the orientation, so the view says whether it is landscape and both calls pass it with A4. The renderer
 * waits for document.fonts.ready before calling, so the bundled Tinos is in the PDF.
 */
export function windowHandlers(sender: WebContents): HandlersFor<WindowChannel> {
  return {
    'print.dialog': ({ landscape }) =>
      new Promise((resolve, reject) => {
        const options = { silent: false, printBackground: true, landscape, pageSize: 'A4' as const };
        sender.print(options, (success, failureReason) => {
          if (success || failureReason === 'Print job canceled' || failureReason === 'cancelled') {
            resolve({ printed: success });
          } else {
            reject(new AppError('CONFLICT', `Không in được: ${failureReason}`));
          }
        });
      }),

    'print.savePdf': async ({ fileName, landscape }) => {
      const pdf = await sender.printToPDF({
        landscape,
        printBackground: true,
        preferCSSPageSize: true,
        pageSize: 'A4',
      });
      const options: SaveDialogOptions = {
        title: 'Xuất PDF',
        buttonLabel: 'Lưu',
        defaultPath: join(app.getPath('documents'), fileName),
        filters: [{ name: 'Tệp PDF', extensions: ['pdf'] }],
      };
      const owner = BrowserWindow.fromWebContents(sender);
      const choice = owner
        ? await dialog.showSaveDialog(owner, options)
        : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { path: null };
      await writeFileAtomic(choice.filePath, pdf);
      return { path: choice.filePath };
    },
  };
}
