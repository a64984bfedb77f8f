import { z } from 'zod';

/** An error the page caught (a screen that failed to draw, a promise nobody awaited), for the log. */
export const errorReportSchema = z
  .object({
    source: z.enum(['render', 'unhandled-rejection', 'window-error']),
    message: z.string().max(2_000),
    stack: z.string().max(20_000).optional(),
    /** The screen's route (e.g. "#/mo-hinh"), never its content. */
    route: z.string().max(300).optional(),
  })
  .strict();
export type ErrorReport = z.infer<typeof errorReportSchema>;

/** A folder "Mở thư mục dữ liệu" or "Mở thư mục nhật ký" showed. */
export const openedFolderSchema = z.object({
  path: z.string(),
  /** False in the browser preview, which cannot open folders on the machine: the page shows the path. */
  opened: z.boolean(),
});
