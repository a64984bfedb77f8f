import { z } from 'zod';

/** Every stored record: a UUID and its times, so data from two machines can later be merged. */
export const recordMetaSchema = z.object({
  id: z.uuid(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type RecordMeta = z.infer<typeof recordMetaSchema>;

export const idSchema = z.uuid({ error: 'Mã bản ghi không hợp lệ.' });
