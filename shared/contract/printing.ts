import { z } from 'zod';
import { sanitizeFileName } from '../text/file-name';

/** The channels the desktop app answers with the calling window itself: printing what is on screen. */
export const windowChannels = ['print.dialog', 'print.savePdf'] as const;
export type WindowChannel = (typeof windowChannels)[number];

/** The print views know their paper; the system print dialog does not read @page's orientation. */
export const printDialogInputSchema = z.object({ landscape: z.boolean() }).strict();

export const savePdfInputSchema = z
  .object({
    /** Suggested file name, e.g. "Phieu-cham-diem-Tong-ket-2023.pdf". */
    fileName: z
      .string()
      .min(1, { error: 'Tên tệp PDF không được để trống.' })
      .max(150, { error: 'Tên tệp PDF quá dài.' })
      .regex(/\.pdf$/i, { error: 'Tên tệp PDF phải kết thúc bằng ".pdf".' })
      // A name Windows would refuse or rename: forbidden or invisible characters, a device name, a path.
      .refine((name) => sanitizeFileName(name) === name, { error: 'Tên tệp PDF không hợp lệ.' }),
    landscape: z.boolean(),
  })
  .strict();
