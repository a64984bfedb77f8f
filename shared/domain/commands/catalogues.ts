import { AppError } from '../../contract/errors';
import { findSameName } from '../../text/name-key';
import {
  catalogueLabels,
  type CatalogueKind,
  type CatalogueSave,
  type Catalogues,
  type UnitBatch,
} from '../catalogues';
import { withTombstones, type MainData } from '../office-data';
import { touched, type CommandContext, type OfficeState, type Outcome } from './command';

type Item = { id: string; name: string; createdAt: string; updatedAt: string };

function notFound(kind: CatalogueKind): AppError {
  return new AppError('NOT_FOUND', `Không tìm thấy ${catalogueLabels[kind].one} này (có thể đã bị xóa).`);
}

const withList = (main: MainData, kind: CatalogueKind, list: readonly Item[]): MainData => ({
  ...main,
  catalogues: { ...main.catalogues, [kind]: list } as Catalogues,
});

/**
 * "Thêm" or "Sửa" a catalogue item ("Ngừng sử dụng" is a save with `active: false`): a name may be used once
 * per catalogue.
 */
export function saveCatalogueItem(
  state: OfficeState,
  save: CatalogueSave,
  ctx: CommandContext,
): Outcome<Catalogues> {
  const list = state.main.catalogues[save.kind] as readonly Item[];
  const { id } = save;
  const duplicate = findSameName(list, save.item.name, id);
  if (duplicate) {
    throw new AppError('VALIDATION', `Đã có ${catalogueLabels[save.kind].one} “${duplicate.name}”.`, [
      { path: ['item', 'name'], message: `Tên này đã có trong danh mục.` },
    ]);
  }
  let next: Item[];
  if (!id) {
    next = [...list, { ...save.item, id: ctx.newId(), createdAt: ctx.now, ...touched(ctx) }];
  } else {
    const existing = list.find((item) => item.id === id);
    if (!existing) throw notFound(save.kind);
    next = list.map((item) =>
      item.id === id ? { ...save.item, id, createdAt: existing.createdAt, ...touched(ctx) } : item,
    );
  }
  const main = withList(state.main, save.kind, next);
  return { main, result: main.catalogues };
}

/**
 * "Thêm nhiều" units: each name goes through `saveCatalogueItem`, so a name already in the catalogue or
 * earlier in the list is refused by the same rule. All or nothing: any refused name refuses the whole list,
 * naming every one of them.
 */
export function addUnits(
  state: OfficeState,
  { type, names }: UnitBatch,
  ctx: CommandContext,
): Outcome<Catalogues> {
  let main = state.main;
  const refused = new Set<string>();
  for (const name of names) {
    try {
      const current: OfficeState = { ...state, main };
      const item = { name, type, commune: '', active: true };
      main = saveCatalogueItem(current, { kind: 'units', item }, ctx).main ?? main;
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'VALIDATION')) throw error;
      refused.add(name);
    }
  }
  if (refused.size > 0) {
    const list = [...refused].map((name) => `“${name}”`).join(', ');
    const message = `Tên đã có trong danh mục hoặc lặp lại trong danh sách: ${list}. Chưa thêm đơn vị nào.`;
    throw new AppError('VALIDATION', message, [{ path: ['names'], message }]);
  }
  return { main, result: main.catalogues };
}

/** How many stored records (trash included) refer to a catalogue item: models, or rounds for a member. */
export function countUses(state: OfficeState, kind: CatalogueKind, id: string): number {
  const years = state.years.map((y) => state.year(y));
  if (kind === 'members')
    return years.reduce((n, d) => n + d.rounds.filter((r) => r.memberIds.includes(id)).length, 0);
  const uses = {
    units: (m: { unitId: string }) => m.unitId === id,
    fields: (m: { fieldId: string }) => m.fieldId === id,
    indicators: (m: { outcomes: { values: Record<string, number> } }) => m.outcomes.values[id] !== undefined,
  }[kind];
  return years.reduce((n, d) => n + d.models.filter(uses).length, 0);
}

/** "Xóa" an item no record uses; one in use can only stop being offered ("Ngừng sử dụng"). Reads every year. */
export function removeCatalogueItem(
  state: OfficeState,
  { kind, id }: { kind: CatalogueKind; id: string },
): Outcome<Catalogues> {
  const list = state.main.catalogues[kind] as readonly Item[];
  if (!list.some((item) => item.id === id)) throw notFound(kind);
  const uses = countUses(state, kind, id);
  if (uses > 0) {
    throw new AppError(
      'CONFLICT',
      `Không thể xóa ${catalogueLabels[kind].one} này vì đang được ${uses} ${catalogueLabels[kind].usedBy} sử dụng. Hãy chọn “Ngừng sử dụng” thay vì xóa.`,
    );
  }
  const main = withTombstones(
    withList(
      state.main,
      kind,
      list.filter((item) => item.id !== id),
    ),
    kind,
    list.filter((item) => item.id === id),
  );
  return { main, result: main.catalogues };
}
