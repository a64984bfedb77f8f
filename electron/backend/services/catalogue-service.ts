import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/contract/errors';
import {
  catalogueLabels,
  type CatalogueKind,
  type CatalogueSave,
  type Catalogues,
} from '../../../shared/domain/catalogues';
import { byName } from '../../../shared/text/collate';
import type { Clock } from '../clock';
import type { HandlersFor } from '../handlers';
import type { DataStore } from '../store/data-store';
import type { ModelIndex } from './model-index';

/** Catalogues as the UI lists them: each sorted in Vietnamese order. */
export function sortedCatalogues(c: Catalogues): Catalogues {
  return {
    units: [...c.units].sort(byName),
    fields: [...c.fields].sort(byName),
    indicators: [...c.indicators].sort(byName),
    members: [...c.members].sort(byName),
  };
}

export function catalogueService(
  store: DataStore,
  index: ModelIndex,
  clock: Clock,
): HandlersFor<'catalogues.get' | 'catalogues.save' | 'catalogues.remove'> {
  return {
    'catalogues.get': () => sortedCatalogues(store.mainData.catalogues),
    'catalogues.save': async (save) => {
      const saved = await store.updateMain((data) => ({
        ...data,
        catalogues: { ...data.catalogues, [save.kind]: upsert(data.catalogues, save, clock().toISOString()) },
      }));
      return sortedCatalogues(saved.catalogues);
    },
    'catalogues.remove': async ({ kind, id }) => {
      const uses = await index.countUses(kind, id);
      if (uses > 0) {
        throw new AppError(
          'CONFLICT',
          `Không thể xóa ${catalogueLabels[kind].one} này vì đang được ${uses} ${catalogueLabels[kind].usedBy} sử dụng. Hãy chọn “Ngừng sử dụng” thay vì xóa.`,
        );
      }
      const saved = await store.updateMain((data) => {
        const list = data.catalogues[kind] as { id: string }[];
        if (!list.some((item) => item.id === id)) throw notFound(kind);
        return { ...data, catalogues: { ...data.catalogues, [kind]: list.filter((item) => item.id !== id) } };
      });
      return sortedCatalogues(saved.catalogues);
    },
  };
}

function upsert(catalogues: Catalogues, save: CatalogueSave, now: string): Catalogues[CatalogueKind] {
  const list = catalogues[save.kind] as { id: string; name: string; createdAt: string }[];
  const { id } = save;
  const duplicate = list.find(
    (item) => item.id !== id && item.name.toLocaleLowerCase('vi') === save.item.name.toLocaleLowerCase('vi'),
  );
  if (duplicate) {
    throw new AppError('VALIDATION', `Đã có ${catalogueLabels[save.kind].one} “${duplicate.name}”.`, [
      { path: ['item', 'name'], message: `Tên này đã có trong danh mục.` },
    ]);
  }
  if (!id)
    return [
      ...list,
      { ...save.item, id: randomUUID(), createdAt: now, updatedAt: now },
    ] as Catalogues[CatalogueKind];
  const existing = list.find((item) => item.id === id);
  if (!existing) throw notFound(save.kind);
  return list.map((item) =>
    item.id === id ? { ...save.item, id, createdAt: existing.createdAt, updatedAt: now } : item,
  ) as Catalogues[CatalogueKind];
}

function notFound(kind: CatalogueKind): AppError {
  return new AppError('NOT_FOUND', `Không tìm thấy ${catalogueLabels[kind].one} này (có thể đã bị xóa).`);
}
