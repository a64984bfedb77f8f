import { z } from 'zod';
import { idSchema } from './record';

/** A chosen set of records (members, models), sent as ids: each at most once. */
export function distinctIds(label: string) {
  return z
    .array(idSchema, { error: `${label}: danh sách không hợp lệ.` })
    .max(100_000, { error: `${label}: chọn quá nhiều.` })
    .refine((ids) => new Set(ids).size === ids.length, { error: `${label}: có mục bị chọn hai lần.` });
}
