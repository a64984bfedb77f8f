import { z } from 'zod';

/**
 * Saving a built file and showing it: the desktop app answers these in its main process with a save dialog
 * (they need the window and the file system the user sees); the browser preview downloads instead.
 */
export const fileChannels = ['files.save', 'files.open', 'files.showInFolder'] as const;
export type FileChannel = (typeof fileChannels)[number];

const MAX_FILE_BYTES = 100 * 1024 * 1024;

export const fileSaveInputSchema = z
  .object({
    fileName: z
      .string()
      .min(1, { error: 'Tên tệp không được để trống.' })
      .max(200, { error: 'Tên tệp quá dài.' })
      // The characters Windows refuses in a name, control characters included.
      // eslint-disable-next-line no-control-regex
      .regex(/^[^/\\:*?"<>|\u0000-\u001f]+\.(docx|xlsx|pdf|zip)$/i, { error: 'Tên tệp không hợp lệ.' }),
    dataBase64: z
      .string()
      .max(Math.ceil(MAX_FILE_BYTES / 3) * 4, { error: 'Tệp lớn hơn 100 MB.' })
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'Nội dung tệp không hợp lệ.' }),
  })
  .strict();

/** A file this window saved earlier: only those may be opened or shown. */
export const savedFileSchema = z.object({ path: z.string().min(1).max(4000) }).strict();
