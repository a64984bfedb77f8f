import type { z } from 'zod';
import { catalogueInputSchemas, unitTypes, type CatalogueKind } from '../../../shared/domain/catalogues';

type CatalogueInput<K extends CatalogueKind> = z.input<(typeof catalogueInputSchemas)[K]>;

/** One typed column of a catalogue: shown in its table and edited in its form. */
export interface CatalogueField<K extends CatalogueKind = CatalogueKind> {
  name: Exclude<keyof CatalogueInput<K>, 'active'> & string;
  label: string;
  required?: boolean;
  /** A fixed list to choose from instead of free text. */
  options?: readonly string[];
}

/** The columns of each catalogue, labelled as the backend's messages name them. */
export const catalogueFields: { [K in CatalogueKind]: CatalogueField<K>[] } = {
  units: [
    { name: 'name', label: 'Tên đơn vị', required: true },
    { name: 'type', label: 'Loại đơn vị', required: true, options: unitTypes },
    { name: 'commune', label: 'Thuộc xã, thị trấn' },
  ],
  fields: [{ name: 'name', label: 'Tên lĩnh vực', required: true }],
  indicators: [
    { name: 'name', label: 'Tên chỉ tiêu', required: true },
    { name: 'measure', label: 'Đơn vị tính', required: true },
  ],
  members: [
    { name: 'name', label: 'Họ và tên', required: true },
    { name: 'position', label: 'Chức vụ' },
  ],
};

/** A catalogue item's text in one column ('' when the column is empty). */
export function fieldText(item: Record<string, unknown>, name: string): string {
  const value = item[name];
  return typeof value === 'string' ? value : '';
}

/** What `catalogues.save` takes for one item: its typed columns plus whether it is in use. */
export function catalogueItemInput(
  kind: CatalogueKind,
  values: Record<string, unknown>,
  active: boolean,
): Record<string, string | boolean> {
  const item: Record<string, string | boolean> = { active };
  for (const field of catalogueFields[kind]) item[field.name] = fieldText(values, field.name);
  return item;
}
