import { z } from 'zod';
import { requiredText, textField } from '../text/normalize';
import { idSchema, recordMetaSchema } from './record';

export const unitTypes = [
  'Xã, thị trấn',
  'Cơ quan, ban, ngành',
  'Chi bộ, đảng bộ trực thuộc',
  'Mặt trận Tổ quốc và các đoàn thể',
  'Lực lượng vũ trang',
  'Khác',
] as const;

export const catalogueKinds = ['units', 'fields', 'indicators', 'members'] as const;
export type CatalogueKind = (typeof catalogueKinds)[number];

/** `usedBy`: what records refer to an item of the catalogue, for the message when it cannot be deleted. */
export const catalogueLabels: Record<CatalogueKind, { title: string; one: string; usedBy: string }> = {
  units: { title: 'Đơn vị', one: 'đơn vị', usedBy: 'mô hình' },
  fields: { title: 'Lĩnh vực', one: 'lĩnh vực', usedBy: 'mô hình' },
  indicators: { title: 'Chỉ tiêu kết quả', one: 'chỉ tiêu', usedBy: 'mô hình' },
  members: { title: 'Thành viên Ban Chỉ đạo', one: 'thành viên', usedBy: 'đợt đánh giá' },
};

const active = z.boolean({ error: 'Trạng thái sử dụng không hợp lệ.' });

/** What the staff type for each catalogue; the stored record adds id and times. */
export const catalogueInputSchemas = {
  units: z.object({
    name: requiredText('Tên đơn vị', 200),
    type: z.enum(unitTypes, { error: 'Loại đơn vị không hợp lệ.' }),
    commune: textField('Thuộc xã, thị trấn', 200),
    active,
  }),
  fields: z.object({ name: requiredText('Tên lĩnh vực', 200), active }),
  indicators: z.object({
    name: requiredText('Tên chỉ tiêu', 200),
    measure: requiredText('Đơn vị tính', 50),
    active,
  }),
  members: z.object({
    name: requiredText('Họ và tên', 100),
    position: textField('Chức vụ', 200),
    active,
  }),
} as const;

export const unitSchema = recordMetaSchema.extend(catalogueInputSchemas.units.shape);
export const fieldSchema = recordMetaSchema.extend(catalogueInputSchemas.fields.shape);
export const indicatorSchema = recordMetaSchema.extend(catalogueInputSchemas.indicators.shape);
export const memberSchema = recordMetaSchema.extend(catalogueInputSchemas.members.shape);
export type Unit = z.infer<typeof unitSchema>;
export type Field = z.infer<typeof fieldSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type Member = z.infer<typeof memberSchema>;

export const cataloguesSchema = z.object({
  units: z.array(unitSchema),
  fields: z.array(fieldSchema),
  indicators: z.array(indicatorSchema),
  members: z.array(memberSchema),
});
export type Catalogues = z.infer<typeof cataloguesSchema>;
export type CatalogueItem<K extends CatalogueKind> = Catalogues[K][number];

/** One save: a new item (no id) or a change to an existing one. */
export const catalogueSaveSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('units'), id: idSchema.optional(), item: catalogueInputSchemas.units }).strict(),
  z
    .object({ kind: z.literal('fields'), id: idSchema.optional(), item: catalogueInputSchemas.fields })
    .strict(),
  z
    .object({
      kind: z.literal('indicators'),
      id: idSchema.optional(),
      item: catalogueInputSchemas.indicators,
    })
    .strict(),
  z
    .object({ kind: z.literal('members'), id: idSchema.optional(), item: catalogueInputSchemas.members })
    .strict(),
]);
export type CatalogueSave = z.infer<typeof catalogueSaveSchema>;

/** "Thêm nhiều" units: one name a line, all of one type; empty lines are dropped before this. */
export const unitBatchSchema = z
  .object({
    type: z.enum(unitTypes, { error: 'Loại đơn vị không hợp lệ.' }),
    names: z
      .array(requiredText('Tên đơn vị', 200))
      .min(1, { error: 'Hãy nhập ít nhất một tên đơn vị.' })
      .max(500, { error: 'Mỗi lần thêm được tối đa 500 đơn vị.' }),
  })
  .strict();
export type UnitBatch = z.infer<typeof unitBatchSchema>;

export const catalogueRemoveSchema = z
  .object({ kind: z.enum(catalogueKinds, { error: 'Loại danh mục không hợp lệ.' }), id: idSchema })
  .strict();

/**
 * Defaults of domain.md §3-§4, with fixed ids: every install starts with the same "Kinh tế", so lists from
 * two offices can be merged without duplicates.
 */
const SEEDED_AT = '2009-01-01T00:00:00.000Z';
const seeded = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const defaultFields: Field[] = [
  'Kinh tế',
  'Văn hóa - xã hội',
  'Quốc phòng - an ninh',
  'Xây dựng hệ thống chính trị',
].map((name, i) => ({ id: seeded(101 + i), name, active: true, createdAt: SEEDED_AT, updatedAt: SEEDED_AT }));

export const defaultIndicators: Indicator[] = (
  [
    ['Ngày công lao động', 'ngày công'],
    ['Kinh phí huy động', 'đồng'],
    ['Đất hiến', 'm²'],
    ['Đường giao thông làm mới, sửa chữa', 'km'],
    ['Hộ thoát nghèo', 'hộ'],
    ['Nhà ở được hỗ trợ', 'căn'],
    ['Cây xanh trồng mới', 'cây'],
    ['Lượt người tham gia', 'lượt'],
  ] as const
).map(([name, measure], i) => ({
  id: seeded(201 + i),
  name,
  measure,
  active: true,
  createdAt: SEEDED_AT,
  updatedAt: SEEDED_AT,
}));
