import { describe, expect, it } from 'vitest';
import { saveCatalogueItem } from '../../../../shared/domain/commands/catalogues';
import type { CommandContext, OfficeState, Outcome } from '../../../../shared/domain/commands/command';
import { grantCommendation, proposeCommendations } from '../../../../shared/domain/commands/commendations';
import {
  addAttachment,
  changeStatus,
  continueModels,
  editModel,
  registerModel,
  removeAttachment,
  restoreModel,
  setOutcomes,
  trashModel,
} from '../../../../shared/domain/commands/models';
import { createRound, finaliseRound } from '../../../../shared/domain/commands/rounds';
import { saveRubric } from '../../../../shared/domain/commands/rubrics';
import { setTotal } from '../../../../shared/domain/commands/sheets';
import { blankModelForm, modelFormOf } from '../../../../shared/domain/model';
import { lastChangedBy } from '../../../../shared/domain/record-diff';
import { defaultRubrics } from '../../../../shared/domain/rubric';
import { defaultThresholds } from '../../../../shared/domain/round';
import { applied, freshMain, frozen, officeState, testContext } from '../../../helpers/office-state';

type Stamped = { updatedAt: string; updatedBy?: string };

/** Every record an outcome writes that it changed now (its `updatedAt` is the command's time). */
function changedNow(outcome: Outcome<unknown>, now: string): Stamped[] {
  const lists: (readonly Stamped[])[] = [];
  if (outcome.main) lists.push(...Object.values(outcome.main.catalogues), outcome.main.rubrics);
  for (const y of outcome.years ?? []) lists.push(y.models, y.rounds, y.sheets, y.commendations);
  return lists.flat().filter((r) => r.updatedAt === now);
}

describe('who changed a record', () => {
  it('every record a command changes names who did it, an edit as much as a change of status', () => {
    let state: OfficeState = officeState(freshMain());
    let step = 0;
    /** Runs a command as a new person at a new time; answers what it decided, after checking its stamps. */
    const run = <R>(command: (s: OfficeState, ctx: CommandContext) => Outcome<R>): R => {
      step += 1;
      const now = `2023-0${1 + Math.floor(step / 10)}-${String(10 + (step % 10)).padStart(2, '0')}T02:00:00.000Z`;
      const ctx = { ...testContext(now), actor: `Người ${step}` };
      const outcome = command(frozen(state), ctx);
      const changed = changedNow(outcome, now);
      expect(changed.length, `bước ${step}`).toBeGreaterThan(0);
      expect(new Set(changed.map((r) => lastChangedBy(r))), `bước ${step}`).toEqual(new Set([ctx.actor]));
      state = applied(state, outcome);
      return outcome.result;
    };
    const unit = {
      kind: 'units' as const,
      item: { name: 'Xã Nam Mẫu', type: 'Khác' as const, commune: '', active: true },
    };
    const unitId = run((s, ctx) => saveCatalogueItem(s, unit, ctx)).units[0]!.id;
    const member = { kind: 'members' as const, item: { name: 'Nguyễn Văn A', position: '', active: true } };
    const memberId = run((s, ctx) => saveCatalogueItem(s, member, ctx)).members[0]!.id;
    const fieldId = state.main.catalogues.fields[0]!.id;
    const { id: _, ...rubric } = defaultRubrics[0]!;
    run((s, ctx) => saveRubric(s, { ...rubric, id: defaultRubrics[0]!.id, name: 'Tập thể (sửa)' }, ctx));

    const form = { ...blankModelForm(2023), title: 'Đường liên thôn', unitId, fieldId };
    const model = run((s, ctx) => registerModel(s, form, ctx));
    const ref = { year: 2023, id: model.id };
    run((s, ctx) =>
      editModel(s, { ref, form: { ...modelFormOf(model), title: 'Đường liên thôn tự quản' } }, ctx),
    );
    run((s, ctx) => setOutcomes(s, { ref, outcomes: { narrative: 'Làm 2 km đường', values: {} } }, ctx));
    const attachment = { id: memberId, name: 'Biên bản.pdf', size: 10, addedAt: '2023-01-01T00:00:00.000Z' };
    run((s, ctx) => addAttachment(s, { ref, attachment }, ctx));
    run((s, ctx) => removeAttachment(s, { ref, attachmentId: attachment.id }, ctx));
    run((s, ctx) => trashModel(s, ref, ctx));
    run((s, ctx) => restoreModel(s, ref, ctx));
    run((s, ctx) => changeStatus(s, { ref, to: 'in_progress', note: '' }, ctx));

    const settings = { name: 'Tổng kết', date: '2023-12-20', memberIds: [memberId], dropExtremes: false };
    const round = run((s, ctx) =>
      createRound(s, { year: 2023, ...settings, thresholds: defaultThresholds, modelIds: [model.id] }, ctx),
    );
    const score = { year: 2023, roundId: round.id, memberId, modelId: model.id, value: 95 };
    run((s, ctx) => setTotal(s, score, ctx));
    run((s, ctx) => finaliseRound(s, { year: 2023, roundId: round.id, note: '' }, ctx));
    const proposal = {
      year: 2023,
      modelIds: [model.id],
      form: 'Giấy khen' as const,
      formOther: '',
      issuer: '',
      note: '',
    };
    const [commendation] = run((s, ctx) => proposeCommendations(s, proposal, ctx));
    const decision = {
      form: 'Giấy khen' as const,
      formOther: '',
      issuer: 'UBND huyện',
      decisionNumber: '12/QĐ',
      decisionDate: '2023-12-25',
      note: '',
    };
    run((s, ctx) => grantCommendation(s, { year: 2023, id: commendation!.id, ...decision }, ctx));
    run((s, ctx) => continueModels(s, { refs: [ref] }, ctx));
    expect(step).toBe(17);
  });
});
