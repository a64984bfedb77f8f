import { AppError } from '../contract/errors';
import type { ImportMappings } from '../contract/imports';
import { catalogueInputSchemas, type Catalogues, type Field, type Unit } from './catalogues';
import type { Model } from './model';
import { mappingKey, planImport, type ParsedSheet } from './registration-import';

export interface ImportCommitInput {
  sheet: ParsedSheet;
  fileName: string;
  year: number;
  mappings: ImportMappings;
  skipProblemRows: boolean;
}

export interface ImportCommitContext {
  now: string;
  actor: string;
  newId: () => string;
}

/** Models of the year as stored, and of the year before (for "Duy trì"). */
export interface ImportTarget {
  catalogues: Catalogues;
  sameYear: readonly Model[];
  lastYear: readonly Model[];
}

const live = (models: readonly Model[]) => models.filter((m) => m.deletedAt === null);

/** "Xã Quảng Khê" is a commune; anything else the office files later under its real type. */
function unitTypeOf(name: string): Unit['type'] {
  return /^(xa|thi tran|phuong) /.test(mappingKey(name)) ? 'Xã, thị trấn' : 'Khác';
}

/**
 * "Nhập N mô hình": the catalogue items the user chose to create, and a registered model for every row
 * without a problem. Refuses (changing nothing) when problem rows remain and the user did not choose to
 * leave them out, or when nothing would be imported.
 */
export function commitImport(
  target: ImportTarget,
  input: ImportCommitInput,
  ctx: ImportCommitContext,
): { catalogues: Catalogues; models: Model[] } {
  const { sheet, fileName, year, mappings, skipProblemRows } = input;
  const names = { units: new Map<string, string>(), fields: new Map<string, string>() };
  const chosen = Object.keys(mappings.units).length + Object.keys(mappings.fields).length > 0;
  // The names the file uses that the catalogues lack, as written (a created item takes that name).
  const unknown = chosen ? planImport(sheet, contextOf(target, year, fileName)).problems : [];
  for (const p of unknown)
    if (p.unknown) names[p.unknown.kind].set(mappingKey(p.unknown.name), p.unknown.name);

  const catalogues = {
    ...target.catalogues,
    units: [...target.catalogues.units],
    fields: [...target.catalogues.fields],
  };
  const newIds: string[] = [];
  const resolved = { units: {} as Record<string, string>, fields: {} as Record<string, string> };
  for (const kind of ['units', 'fields'] as const) {
    for (const [key, mapping] of Object.entries(mappings[kind])) {
      const name = names[kind].get(key);
      if (name === undefined) continue; // a choice for a name this file no longer needs
      if ('id' in mapping) {
        if (!(catalogues[kind] as { id: string }[]).some((item) => item.id === mapping.id)) {
          throw new AppError('CONFLICT', `“${name}”: mục được chọn không còn trong danh mục. Hãy chọn lại.`);
        }
        resolved[kind][key] = mapping.id;
        continue;
      }
      const meta = { id: ctx.newId(), createdAt: ctx.now, updatedAt: ctx.now };
      newIds.push(meta.id);
      if (kind === 'units') {
        const item = catalogueInputSchemas.units.parse({
          name,
          type: unitTypeOf(name),
          commune: '',
          active: true,
        });
        catalogues.units.push({ ...meta, ...item } satisfies Unit);
      } else {
        const item = catalogueInputSchemas.fields.parse({ name, active: true });
        catalogues.fields.push({ ...meta, ...item } satisfies Field);
      }
      resolved[kind][key] = meta.id;
    }
  }

  const plan = planImport(sheet, contextOf({ ...target, catalogues }, year, fileName), resolved);
  if (!skipProblemRows && plan.counts.withProblems > 0) {
    throw new AppError(
      'CONFLICT',
      `Còn ${plan.counts.withProblems} dòng lỗi: hãy sửa tệp, hoặc chọn “Bỏ qua các dòng lỗi” để nhập các dòng còn lại.`,
    );
  }
  const models: Model[] = [];
  for (const row of plan.rows) {
    if (!row.form) continue;
    models.push({
      ...row.form,
      id: ctx.newId(),
      createdAt: ctx.now,
      updatedAt: ctx.now,
      status: 'registered',
      history: [
        {
          at: ctx.now,
          from: null,
          to: 'registered',
          note: `Nhập từ tệp Excel “${fileName}” (dòng ${row.row})`,
          by: ctx.actor,
        },
      ],
      outcomes: { narrative: '', values: {} },
      attachments: [],
      deletedAt: null,
    });
  }
  if (models.length === 0)
    throw new AppError('CONFLICT', 'Không có dòng nào nhập được: hãy sửa các dòng lỗi.');
  // Items are created only for names a row that is imported uses.
  const used = new Set(models.flatMap((m) => [m.unitId, m.fieldId]));
  const created = new Set(newIds);
  const keep = (item: { id: string }) => !created.has(item.id) || used.has(item.id);
  return {
    catalogues:
      newIds.length === 0
        ? target.catalogues
        : { ...catalogues, units: catalogues.units.filter(keep), fields: catalogues.fields.filter(keep) },
    models,
  };
}

export function contextOf(target: ImportTarget, year: number, fileName: string) {
  return {
    year,
    fileName,
    units: target.catalogues.units,
    fields: target.catalogues.fields,
    sameYear: live(target.sameYear),
    lastYear: live(target.lastYear),
  };
}
