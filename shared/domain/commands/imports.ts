import { AppError } from '../../contract/errors';
import type { ImportMappings } from '../../contract/imports';
import type { Catalogues, Unit } from '../catalogues';
import type { Model } from '../model';
import type { MainData } from '../office-data';
import {
  mappingKey,
  planImport,
  type ImportContext,
  type ParsedSheet,
  type ResolvedMappings,
} from '../registration-import';
import type { CommandContext, OfficeState, Outcome } from './command';
import { saveCatalogueItem } from './catalogues';
import { newModel } from './models';

export interface ImportInput {
  sheet: ParsedSheet;
  fileName: string;
  year: number;
  mappings: ImportMappings;
  skipProblemRows: boolean;
}

/** The years an import reads: its own, and the one before for "Duy trì". */
export const importYears = (year: number) => [year - 1, year];

/** What `planImport` needs of the office's data for a list of `year`. */
export function importContext(
  main: Pick<MainData, 'catalogues'>,
  sameYear: readonly Model[],
  lastYear: readonly Model[],
  year: number,
  fileName: string,
): ImportContext {
  const live = (models: readonly Model[]) => models.filter((m) => m.deletedAt === null);
  return {
    year,
    fileName,
    units: main.catalogues.units,
    fields: main.catalogues.fields,
    sameYear: live(sameYear),
    lastYear: live(lastYear),
  };
}

/** "Xã Quảng Khê" is a commune; anything else the office files later under its real type. */
function unitTypeOf(name: string): Unit['type'] {
  return /^(xa|thi tran|phuong) /.test(mappingKey(name)) ? 'Xã, thị trấn' : 'Khác';
}

/**
 * "Nhập N mô hình": the catalogue items the user chose to create, and a registered model for every row
 * without a problem, its history naming the file and row. Refuses (changing nothing) when problem rows remain
 * and the user did not choose to leave them out, or when nothing would be imported.
 */
export function importRegistrations(
  state: OfficeState,
  input: ImportInput,
  ctx: CommandContext,
): Outcome<{ created: number }> {
  const { sheet, fileName, year, mappings, skipProblemRows } = input;
  const context = (main: MainData) =>
    importContext(main, state.year(year).models, state.year(year - 1).models, year, fileName);

  // The names the file uses that the catalogues lack, as written: a created item takes that name.
  const names = { units: new Map<string, string>(), fields: new Map<string, string>() };
  const chosen = Object.keys(mappings.units).length + Object.keys(mappings.fields).length > 0;
  for (const p of chosen ? planImport(sheet, context(state.main)).problems : []) {
    if (p.unknown) names[p.unknown.kind].set(mappingKey(p.unknown.name), p.unknown.name);
  }

  let main = state.main;
  const resolved: ResolvedMappings = { units: {}, fields: {} };
  for (const kind of ['units', 'fields'] as const) {
    for (const [key, mapping] of Object.entries(mappings[kind])) {
      const name = names[kind].get(key);
      if (name === undefined) continue; // a choice for a name this file does not need
      if ('id' in mapping) {
        if (!(main.catalogues[kind] as readonly { id: string }[]).some((item) => item.id === mapping.id)) {
          throw new AppError('CONFLICT', `“${name}”: mục được chọn không còn trong danh mục. Hãy chọn lại.`);
        }
        resolved[kind][key] = mapping.id;
        continue;
      }
      const item =
        kind === 'units'
          ? { kind, item: { name, type: unitTypeOf(name), commune: '', active: true } }
          : { kind, item: { name, active: true } };
      const saved: Catalogues = saveCatalogueItem({ ...state, main }, item, ctx).result;
      main = { ...main, catalogues: saved };
      resolved[kind][key] = saved[kind].at(-1)!.id;
    }
  }

  const plan = planImport(sheet, context(main), resolved);
  if (!skipProblemRows && plan.counts.withProblems > 0) {
    throw new AppError(
      'CONFLICT',
      `Còn ${plan.counts.withProblems} dòng lỗi: hãy sửa tệp, hoặc chọn “Bỏ qua các dòng lỗi” để nhập các dòng còn lại.`,
    );
  }
  const models = plan.rows.flatMap((row) =>
    row.form ? [newModel(row.form, `Nhập từ tệp Excel “${fileName}” (dòng ${row.row})`, ctx)] : [],
  );
  if (models.length === 0)
    throw new AppError('CONFLICT', 'Không có dòng nào nhập được: hãy sửa các dòng lỗi.');

  // An item is created only when an imported row uses it.
  const used = new Set(models.flatMap((m) => [m.unitId, m.fieldId]));
  const before = new Set([...state.main.catalogues.units, ...state.main.catalogues.fields].map((i) => i.id));
  const keep = (item: { id: string }) => before.has(item.id) || used.has(item.id);
  const catalogues = {
    ...main.catalogues,
    units: main.catalogues.units.filter(keep),
    fields: main.catalogues.fields.filter(keep),
  };
  const data = state.year(year);
  return {
    ...(main === state.main ? {} : { main: { ...main, catalogues } }),
    years: [{ ...data, models: [...data.models, ...models] }],
    result: { created: models.length },
  };
}
