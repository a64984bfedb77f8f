import { randomUUID } from 'node:crypto';
import { modelRowSchema, type ModelLink, type ModelRow } from '../../../shared/contract/models';
import { AppError } from '../../../shared/contract/errors';
import { canTransition, transitionRefusal, type ModelStatus } from '../../../shared/domain/lifecycle';
import { modelFormOf, type Model, type ModelForm, type ModelRef } from '../../../shared/domain/model';
import { foldForSearch, matchesQuery } from '../../../shared/text/fold';
import type { Clock } from '../clock';
import type { HandlersFor } from '../handlers';
import type { YearData } from '../store/data-files';
import type { DataStore } from '../store/data-store';
import type { ModelIndex } from './model-index';

type ModelChannels =
  | 'models.list'
  | 'models.trashList'
  | 'models.get'
  | 'models.create'
  | 'models.update'
  | 'models.changeStatus'
  | 'models.setOutcomes'
  | 'models.continue'
  | 'models.trash'
  | 'models.restore'
  | 'models.destroy';

export interface ModelServiceDeps {
  store: DataStore;
  index: ModelIndex;
  clock: Clock;
  /** Who is working, kept in each status change (the Windows user name). */
  actor: string;
  /** Called after a model is destroyed for good, to remove what it kept outside the year file. */
  onDestroyed: (ref: ModelRef) => Promise<void>;
}

const rowKeys = Object.keys(modelRowSchema.shape) as (keyof ModelRow)[];

export function toRow(m: Model): ModelRow {
  return Object.fromEntries(rowKeys.map((key) => [key, m[key]])) as ModelRow;
}

const link = (m: Model): ModelLink => ({ year: m.year, id: m.id, title: m.title });

/**
 * A model a round has scored is part of that round's record: its sheets follow the rubric of its kind and live
 * in its year file, so changing either, or destroying it, would silently rewrite the round's results.
 */
function refuseWhileScored(data: YearData, modelId: string, action: string): void {
  const scoredIn = new Set(data.sheets.filter((s) => s.modelId === modelId).map((s) => s.roundId));
  const round = data.rounds.find((r) => scoredIn.has(r.id) || r.modelIds.includes(modelId));
  if (round) {
    throw new AppError(
      'CONFLICT',
      `Không thể ${action}: mô hình thuộc đợt đánh giá “${round.name}”. Hãy bỏ mô hình khỏi đợt đó trước.`,
    );
  }
}

export function modelNotFound(): AppError {
  return new AppError('NOT_FOUND', 'Không tìm thấy mô hình này (có thể đã bị xóa vĩnh viễn).');
}

export function modelService({
  store,
  index,
  clock,
  actor,
  onDestroyed,
}: ModelServiceDeps): HandlersFor<ModelChannels> {
  const now = () => clock().toISOString();

  /** Applies `change` to one model of a year file; the store writes the file and answers the saved model. */
  async function changeModel(ref: ModelRef, change: (m: Model) => Model): Promise<Model> {
    let saved: Model | undefined;
    await store.updateYear(ref.year, (data) => {
      const current = data.models.find((m) => m.id === ref.id);
      if (!current) throw modelNotFound();
      saved = { ...change(current), updatedAt: now() };
      return { ...data, models: data.models.map((m) => (m.id === ref.id ? saved! : m)) };
    });
    return saved!;
  }

  async function checkReferences(form: ModelForm, selfId?: string): Promise<void> {
    const { units, fields } = store.mainData.catalogues;
    const issues: { path: string[]; message: string }[] = [];
    if (!units.some((u) => u.id === form.unitId))
      issues.push({ path: ['unitId'], message: 'Đơn vị đăng ký: không có trong danh mục.' });
    if (!fields.some((f) => f.id === form.fieldId))
      issues.push({ path: ['fieldId'], message: 'Lĩnh vực: không có trong danh mục.' });
    const years = await store.storedYears();
    if (form.previousId) {
      const previous = await index.find(form.previousId, years.filter((y) => y < form.year).reverse());
      if (!previous)
        issues.push({
          path: ['previousId'],
          message: 'Mô hình năm trước: phải là một mô hình của năm trước.',
        });
    }
    if (form.replicatesId) {
      const source =
        form.replicatesId === selfId
          ? undefined
          : await index.find(
              form.replicatesId,
              years.filter((y) => y <= form.year),
            );
      if (!source)
        issues.push({
          path: ['replicatesId'],
          message: 'Nhân rộng từ: không tìm thấy mô hình được nhân rộng.',
        });
    }
    if (issues.length > 0) {
      throw new AppError('VALIDATION', `Dữ liệu không hợp lệ: ${issues[0]!.message}`, issues);
    }
  }

  function newModel(form: ModelForm, note: string, status: ModelStatus = 'registered'): Model {
    const at = now();
    return {
      ...form,
      id: randomUUID(),
      createdAt: at,
      updatedAt: at,
      status,
      history: [{ at, from: null, to: status, note, by: actor }],
      outcomes: { narrative: '', values: {} },
      attachments: [],
      deletedAt: null,
    };
  }

  async function insert(model: Model): Promise<Model> {
    await store.updateYear(model.year, (data) => ({ ...data, models: [...data.models, model] }));
    return model;
  }

  return {
    'models.list': async (filter) => {
      const all = (await index.models(filter.year)).filter((m) => m.deletedAt === null);
      const query = foldForSearch(filter.search ?? '');
      const unitText = new Map(store.mainData.catalogues.units.map((u) => [u.id, foldForSearch(u.name)]));
      const unitType = new Map(store.mainData.catalogues.units.map((u) => [u.id, u.type]));
      const rows = all
        .filter(
          (m) =>
            (!filter.fieldId || m.fieldId === filter.fieldId) &&
            (!filter.unitId || m.unitId === filter.unitId) &&
            (!filter.unitType || unitType.get(m.unitId) === filter.unitType) &&
            (!filter.kind || m.kind === filter.kind) &&
            (!filter.registration || m.registration === filter.registration) &&
            (!filter.status || m.status === filter.status) &&
            (query === '' || matchesQuery(`${index.searchText(m)} ${unitText.get(m.unitId) ?? ''}`, query)),
        )
        .map(toRow);
      return { rows, total: all.length };
    },

    'models.trashList': async () => {
      const rows = (await index.models(null)).filter((m) => m.deletedAt !== null).map(toRow);
      return { rows, total: rows.length };
    },

    'models.get': async (ref) => {
      const all = await index.models(null);
      const model = all.find((m) => m.id === ref.id && m.year === ref.year);
      if (!model) throw modelNotFound();
      const byId = (id: string | null) => (id ? all.find((m) => m.id === id) : undefined);
      const live = all.filter((m) => m.deletedAt === null);
      return {
        model,
        links: {
          continuedFrom: byId(model.previousId) ? link(byId(model.previousId)!) : null,
          continuedAs: live.filter((m) => m.previousId === model.id).map(link),
          replicates: byId(model.replicatesId) ? link(byId(model.replicatesId)!) : null,
          replicatedBy: live.filter((m) => m.replicatesId === model.id).map(link),
        },
      };
    },

    'models.create': async (form) => {
      await checkReferences(form);
      return insert(newModel(form, 'Đăng ký mô hình'));
    },

    'models.update': async ({ ref, form }) => {
      await checkReferences(form, ref.id);
      const data = await store.yearData(ref.year);
      const before = data.models.find((m) => m.id === ref.id);
      if (before && (form.year !== ref.year || form.kind !== before.kind)) {
        refuseWhileScored(data, ref.id, 'đổi năm hoặc hình thức (tập thể/cá nhân) của mô hình');
      }
      if (form.year === ref.year) return changeModel(ref, (m) => ({ ...m, ...form }));
      // A year typed wrong at registration: the model moves to the right year file. It is written there first,
      // so a failure in between leaves a copy rather than nothing.
      const current = (await store.yearData(ref.year)).models.find((m) => m.id === ref.id);
      if (!current) throw modelNotFound();
      const moved: Model = { ...current, ...form, updatedAt: now() };
      await insert(moved);
      await store.updateYear(ref.year, (data) => ({
        ...data,
        models: data.models.filter((m) => m.id !== ref.id),
      }));
      return moved;
    },

    'models.changeStatus': ({ ref, to, note }) =>
      changeModel(ref, (m) => {
        if (m.deletedAt)
          throw new AppError(
            'CONFLICT',
            'Mô hình đang ở Thùng rác: hãy khôi phục trước khi chuyển trạng thái.',
          );
        if (!canTransition(m.status, to)) throw new AppError('CONFLICT', transitionRefusal(m.status, to));
        return {
          ...m,
          status: to,
          history: [...m.history, { at: now(), from: m.status, to, note, by: actor }],
        };
      }),

    'models.setOutcomes': ({ ref, outcomes }) => {
      const known = new Set(store.mainData.catalogues.indicators.map((i) => i.id));
      const unknown = Object.keys(outcomes.values).filter((id) => !known.has(id));
      if (unknown.length > 0) {
        throw new AppError('VALIDATION', 'Dữ liệu không hợp lệ: có chỉ tiêu không còn trong danh mục.', [
          { path: ['outcomes', 'values'], message: 'Có chỉ tiêu không còn trong danh mục.' },
        ]);
      }
      return changeModel(ref, (m) => ({ ...m, outcomes }));
    },

    'models.continue': async ({ refs }) => {
      const created: ModelRef[] = [];
      for (const ref of refs) {
        const source = (await store.yearData(ref.year)).models.find(
          (m) => m.id === ref.id && m.deletedAt === null,
        );
        if (!source) throw modelNotFound();
        const nextYear = source.year + 1;
        const already = (await store.yearData(nextYear)).models.some(
          (m) => m.previousId === source.id && m.deletedAt === null,
        );
        if (already) continue;
        const next = newModel(
          { ...modelFormOf(source), year: nextYear, registration: 'continued', previousId: source.id },
          `Duy trì từ năm ${source.year}`,
        );
        await insert(next);
        created.push({ year: next.year, id: next.id });
      }
      return { created };
    },

    'models.trash': (ref) => changeModel(ref, (m) => ({ ...m, deletedAt: m.deletedAt ?? now() })),

    'models.restore': (ref) => changeModel(ref, (m) => ({ ...m, deletedAt: null })),

    'models.destroy': async (ref) => {
      await store.updateYear(ref.year, (data) => {
        const model = data.models.find((m) => m.id === ref.id);
        if (!model) throw modelNotFound();
        if (model.deletedAt === null) {
          throw new AppError('CONFLICT', 'Chỉ xóa vĩnh viễn được mô hình đã ở Thùng rác.');
        }
        refuseWhileScored(data, ref.id, 'xóa vĩnh viễn mô hình');
        return { ...data, models: data.models.filter((m) => m.id !== ref.id) };
      });
      await onDestroyed(ref);
      return { destroyed: true as const };
    },
  };
}
