import { z } from 'zod';

/**
 * Every stored record: a UUID and its times, so data from two machines can later be merged, and who made its
 * last change (absent from records written before it was kept), shown beside a conflict.
 */
export const recordMetaSchema = z.object({
  id: z.uuid(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  updatedBy: z.string().optional(),
});
export type RecordMeta = z.infer<typeof recordMetaSchema>;

export const idSchema = z.uuid({ error: 'Mã bản ghi không hợp lệ.' });
