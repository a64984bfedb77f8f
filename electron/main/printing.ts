import type { WebContents } from 'electron';
import { AppError } from '../../shared/contract/errors';
import type { WindowChannel } from '../../shared/contract/printing';
import type { HandlersFor } from '../backend/handlers';
import type { Logger } from '../backend/log/logger';
import { saveWithDialog } from './file-saving';
import { printFailureMessage } from './print-failure';

/**
 * "In" and "Xuất PDF" for the page on screen. The print views set the paper (A4, margins from the settings)
 * in their @page CSS, which printToPDF follows; the system print dialog takes the margins from it but not
 * the orientation, so the view says whether it is landscape and both calls pass it with A4. The renderer
 * waits for document.fonts.ready before calling, so the bundled Tinos is in the PDF.
 */
export function windowHandlers(sender: WebContents, log: Logger): HandlersFor<WindowChannel> {
  return {
    'print.dialog': ({ landscape }) =>
      new Promise((resolve, reject) => {
        const options = { silent: false, printBackground: true, landscape, pageSize: 'A4' as const };
        sender.print(options, (success, failureReason) => {
          const failure = success ? null : printFailureMessage(failureReason, log);
          if (failure) reject(new AppError('CONFLICT', failure));
          else resolve({ printed: success });
        });
      }),

    'print.savePdf': async ({ fileName, landscape }) => {
      const pdf = await sender.printToPDF({
        landscape,
        printBackground: true,
        preferCSSPageSize: true,
        pageSize: 'A4',
      });
      return { path: await saveWithDialog(sender, 'Xuất PDF', fileName, pdf) };
    },
  };
}
