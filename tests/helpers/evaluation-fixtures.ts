import type { Backend } from '../../electron/backend/backend';
import type { RoundCreateInput } from '../../shared/contract/evaluation';
import type { Model, ModelFormInput } from '../../shared/domain/model';
import type { Round } from '../../shared/domain/round';
import { ok, openBackend } from './backend';
import { register, withUnit } from './model-fixtures';

/** Committee members in the catalogue, by sample name; returns their ids in order. */
export async function withMembers(backend: Backend, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = `Thành viên ${String.fromCharCode(65 + i)}`;
    const catalogues = await ok(backend, 'catalogues.save', {
      kind: 'members',
      item: { name, position: 'Ủy viên Ban Chỉ đạo', active: true },
    });
    ids.push(catalogues.members.find((m) => m.name === name)!.id);
  }
  return ids;
}

export interface EvaluationSetup {
  dataDir: string;
  backend: Backend;
  ids: { unitId: string; fieldId: string };
  memberIds: string[];
  models: Model[];
  round: Round;
}

/**
 * A backend with `members` committee members, one model per entry of `models` (registered in 2023) and an
 * open round over all of them.
 */
export async function withRound(
  dataDir: string,
  {
    members = 3,
    models = [{}],
    round = {},
  }: { members?: number; models?: Partial<ModelFormInput>[]; round?: Partial<RoundCreateInput> } = {},
): Promise<EvaluationSetup> {
  const backend = await openBackend(dataDir);
  const ids = await withUnit(backend);
  const memberIds = await withMembers(backend, members);
  const registered: Model[] = [];
  for (const [i, change] of models.entries()) {
    registered.push(await register(backend, ids, { title: `Mô hình số ${i + 1}`, ...change }));
  }
  const created = await ok(backend, 'rounds.create', {
    year: 2023,
    name: 'Tổng kết năm 2023',
    date: '2023-12-20',
    memberIds,
    modelIds: registered.map((m) => m.id),
    ...round,
  });
  return { dataDir, backend, ids, memberIds, models: registered, round: created };
}

/** Scores every criterion of one sheet (a collective model's five criteria by default). */
export async function scoreSheet(
  backend: Backend,
  at: { roundId: string; memberId: string; modelId: string },
  scores: number[],
): Promise<void> {
  for (const [criterionIndex, value] of scores.entries()) {
    await ok(backend, 'sheets.setScore', { year: 2023, ...at, criterionIndex, value });
  }
}

/** Types a total-only sheet for each member in order: `totals[i]` from member i. */
export async function scoreTotals(
  backend: Backend,
  setup: Pick<EvaluationSetup, 'round' | 'memberIds'>,
  modelId: string,
  totals: readonly number[],
): Promise<void> {
  for (const [i, value] of totals.entries()) {
    await ok(backend, 'sheets.setTotal', {
      year: 2023,
      roundId: setup.round.id,
      memberId: setup.memberIds[i]!,
      modelId,
      value,
    });
  }
}
