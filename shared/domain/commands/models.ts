import { AppError, type FieldIssue } from '../../contract/errors';
import { canTransition, transitionRefusal, type ModelStatus } from '../lifecycle';
import {
  modelFormOf,
  type Attachment,
  type Model,
  type ModelForm,
  type ModelRef,
  type Outcomes,
} from '../model';
import { withTombstones, type YearData } from '../office-data';
import {
  findById,
  invalidInput,
  replaceById,
  touched,
  type CommandContext,
  type OfficeState,
  type Outcome,
} from './command';

export function modelNotFound(): AppError {
  return new AppError('NOT_FOUND', 'Không tìm thấy mô hình này (có thể đã bị xóa vĩnh viễn).');
}

/** The years a registration's links may point into: every year up to its own (their ids, what a service reads). */
export function yearsUpTo(state: Pick<OfficeState, 'years'>, year: number): number[] {
  return [...new Set([...state.years.filter((y) => y <= year), year])];
}

export function findModel(state: Pick<OfficeState, 'year'>, ref: ModelRef): Model {
  const model = findById(state.year(ref.year).models, ref.id);
  if (!model) throw modelNotFound();
  return model;
}

const storedIn = (state: OfficeState, id: string, years: readonly number[]): boolean =>
  years.some((year) => state.modelIds(year).has(id));

/** Unit and field must be in the catalogues; "Mô hình năm trước" of an earlier year; "Nhân rộng từ" not itself. */
function checkReferences(state: OfficeState, form: ModelForm, selfId?: string): void {
  const { units, fields } = state.main.catalogues;
  const issues: FieldIssue[] = [];
  if (!units.some((u) => u.id === form.unitId))
    issues.push({ path: ['unitId'], message: 'Đơn vị đăng ký: không có trong danh mục.' });
  if (!fields.some((f) => f.id === form.fieldId))
    issues.push({ path: ['fieldId'], message: 'Lĩnh vực: không có trong danh mục.' });
  if (form.previousId) {
    const earlier = state.years.filter((y) => y < form.year).reverse();
    if (!storedIn(state, form.previousId, earlier))
      issues.push({ path: ['previousId'], message: 'Mô hình năm trước: phải là một mô hình của năm trước.' });
  }
  if (form.replicatesId) {
    const found =
      form.replicatesId !== selfId && storedIn(state, form.replicatesId, yearsUpTo(state, form.year));
    if (!found)
      issues.push({
        path: ['replicatesId'],
        message: 'Nhân rộng từ: không tìm thấy mô hình được nhân rộng.',
      });
  }
  if (issues.length > 0) throw invalidInput(issues);
}

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

/** A new registration in "Đã đăng ký", its history opened with `note` (how it came to be). */
export function newModel(form: ModelForm, note: string, ctx: CommandContext): Model {
  const status: ModelStatus = 'registered';
  return {
    ...form,
    id: ctx.newId(),
    createdAt: ctx.now,
    ...touched(ctx),
    status,
    history: [{ at: ctx.now, from: null, to: status, note, by: ctx.actor }],
    outcomes: { narrative: '', values: {} },
    attachments: [],
    deletedAt: null,
  };
}

const withModel = (data: YearData, model: Model): YearData => ({
  ...data,
  models: replaceById(data.models, model),
});

/** Applies `change` to one stored model; the answer is the saved model. */
function changeModel(
  state: OfficeState,
  ref: ModelRef,
  ctx: CommandContext,
  change: (m: Model) => Model,
): Outcome<Model> {
  const saved = { ...change(findModel(state, ref)), ...touched(ctx) };
  return { years: [withModel(state.year(ref.year), saved)], result: saved };
}

/** "Đăng ký mô hình". Reads the form's year, and the model ids of the years up to it. */
export function registerModel(state: OfficeState, form: ModelForm, ctx: CommandContext): Outcome<Model> {
  checkReferences(state, form);
  const model = newModel(form, 'Đăng ký mô hình', ctx);
  const data = state.year(form.year);
  return { years: [{ ...data, models: [...data.models, model] }], result: model };
}

/**
 * "Sửa" a registration. A year typed wrong moves the model to the right year, both years written together.
 * Reads the model's year and the form's year, and the model ids of the years up to the form's year.
 */
export function editModel(
  state: OfficeState,
  { ref, form }: { ref: ModelRef; form: ModelForm },
  ctx: CommandContext,
): Outcome<Model> {
  checkReferences(state, form, ref.id);
  const from = state.year(ref.year);
  const before = findModel(state, ref);
  if (form.year !== ref.year || form.kind !== before.kind) {
    refuseWhileScored(from, ref.id, 'đổi năm hoặc hình thức (tập thể/cá nhân) của mô hình');
  }
  const saved: Model = { ...before, ...form, ...touched(ctx) };
  if (form.year === ref.year) return { years: [withModel(from, saved)], result: saved };
  const to = state.year(form.year);
  return {
    years: [
      withTombstones({ ...from, models: from.models.filter((m) => m.id !== ref.id) }, 'models', [before]),
      { ...to, models: [...to.models, saved] },
    ],
    result: saved,
  };
}

export function changeStatus(
  state: OfficeState,
  { ref, to, note }: { ref: ModelRef; to: ModelStatus; note: string },
  ctx: CommandContext,
): Outcome<Model> {
  return changeModel(state, ref, ctx, (m) => {
    if (m.deletedAt)
      throw new AppError('CONFLICT', 'Mô hình đang ở Thùng rác: hãy khôi phục trước khi chuyển trạng thái.');
    if (!canTransition(m.status, to)) throw new AppError('CONFLICT', transitionRefusal(m.status, to));
    return {
      ...m,
      status: to,
      history: [...m.history, { at: ctx.now, from: m.status, to, note, by: ctx.actor }],
    };
  });
}

/** "Kết quả đạt được": every indicator must still be in the catalogue. */
export function setOutcomes(
  state: OfficeState,
  { ref, outcomes }: { ref: ModelRef; outcomes: Outcomes },
  ctx: CommandContext,
): Outcome<Model> {
  const known = new Set(state.main.catalogues.indicators.map((i) => i.id));
  if (Object.keys(outcomes.values).some((id) => !known.has(id))) {
    throw new AppError('VALIDATION', 'Dữ liệu không hợp lệ: có chỉ tiêu không còn trong danh mục.', [
      { path: ['outcomes', 'values'], message: 'Có chỉ tiêu không còn trong danh mục.' },
    ]);
  }
  return changeModel(state, ref, ctx, (m) => ({ ...m, outcomes }));
}

/** The years `continueModels` reads: each source's year and the year after it. */
export function continueYears(refs: readonly ModelRef[]): number[] {
  return [...new Set(refs.flatMap((r) => [r.year, r.year + 1]))];
}

/**
 * "Duy trì sang năm sau" for many models at once: each gets a new registration next year linked to it; a model
 * already continued is left as it is. All are written together.
 */
export function continueModels(
  state: OfficeState,
  { refs }: { refs: readonly ModelRef[] },
  ctx: CommandContext,
): Outcome<{ created: ModelRef[] }> {
  // Per next year: the new models, and which sources are continued there already (built once per year).
  const added = new Map<number, { continued: Set<string>; models: Model[] }>();
  const into = (year: number) => {
    let entry = added.get(year);
    if (!entry) {
      const live = state.year(year).models.filter((m) => m.deletedAt === null);
      entry = { continued: new Set(live.flatMap((m) => (m.previousId ? [m.previousId] : []))), models: [] };
      added.set(year, entry);
    }
    return entry;
  };
  const created: ModelRef[] = [];
  for (const ref of refs) {
    const source =
      state.year(ref.year).models.find((m) => m.id === ref.id && m.deletedAt === null) ??
      added.get(ref.year)?.models.find((m) => m.id === ref.id);
    if (!source) throw modelNotFound();
    const next = into(source.year + 1);
    if (next.continued.has(source.id)) continue;
    const model = newModel(
      { ...modelFormOf(source), year: source.year + 1, registration: 'continued', previousId: source.id },
      `Duy trì từ năm ${source.year}`,
      ctx,
    );
    next.continued.add(source.id);
    next.models.push(model);
    created.push({ year: model.year, id: model.id });
  }
  const years = [...added]
    .filter(([, entry]) => entry.models.length > 0)
    .map(([year, entry]) => {
      const data = state.year(year);
      return { ...data, models: [...data.models, ...entry.models] };
    });
  return { years, result: { created } };
}

export function trashModel(state: OfficeState, ref: ModelRef, ctx: CommandContext): Outcome<Model> {
  return changeModel(state, ref, ctx, (m) => ({ ...m, deletedAt: m.deletedAt ?? ctx.now }));
}

export function restoreModel(state: OfficeState, ref: ModelRef, ctx: CommandContext): Outcome<Model> {
  return changeModel(state, ref, ctx, (m) => ({ ...m, deletedAt: null }));
}

/** "Xóa vĩnh viễn": only from the trash, and never a model a round has scored. */
export function destroyModel(state: OfficeState, ref: ModelRef): Outcome<{ destroyed: true }> {
  const data = state.year(ref.year);
  const model = findModel(state, ref);
  if (model.deletedAt === null)
    throw new AppError('CONFLICT', 'Chỉ xóa vĩnh viễn được mô hình đã ở Thùng rác.');
  refuseWhileScored(data, ref.id, 'xóa vĩnh viễn mô hình');
  return {
    years: [
      withTombstones({ ...data, models: data.models.filter((m) => m.id !== ref.id) }, 'models', [model]),
    ],
    result: { destroyed: true },
  };
}

export function addAttachment(
  state: OfficeState,
  { ref, attachment }: { ref: ModelRef; attachment: Attachment },
  ctx: CommandContext,
): Outcome<Model> {
  return changeModel(state, ref, ctx, (m) => ({ ...m, attachments: [...m.attachments, attachment] }));
}

export function findAttachment(
  state: Pick<OfficeState, 'year'>,
  ref: ModelRef,
  attachmentId: string,
): Attachment {
  const attachment = findModel(state, ref).attachments.find((a) => a.id === attachmentId);
  if (!attachment) throw new AppError('NOT_FOUND', 'Không tìm thấy tệp đính kèm này.');
  return attachment;
}

export function removeAttachment(
  state: OfficeState,
  { ref, attachmentId }: { ref: ModelRef; attachmentId: string },
  ctx: CommandContext,
): Outcome<Model> {
  findAttachment(state, ref, attachmentId);
  return changeModel(state, ref, ctx, (m) => ({
    ...m,
    attachments: m.attachments.filter((a) => a.id !== attachmentId),
  }));
}
