import { randomUUID } from 'node:crypto';
import { AppError, type FieldIssue } from '../../../shared/contract/errors';
import { kindLabels, type Model, type ModelKind } from '../../../shared/domain/model';
import type { Round } from '../../../shared/domain/round';
import type { Rubric } from '../../../shared/domain/rubric';
import { roundResults } from '../../../shared/domain/scoring';
import { vietnameseCollator } from '../../../shared/text/collate';
import type { Clock } from '../clock';
import type { HandlersFor } from '../handlers';
import type { DataStore } from '../store/data-store';
import type { YearData } from '../store/data-files';
import { invalidInput, someTitles } from './refusals';
import { findRound, replaceById, requireOpen, roundModels } from './round-access';

type RoundChannels =
  'rounds.list' | 'rounds.get' | 'rounds.create' | 'rounds.update' | 'rounds.delete' | 'rounds.results';

/** The statuses of a model still waiting for its evaluation: what "every model of the year" takes. */
const awaitingEvaluation: readonly Model['status'][] = ['registered', 'in_progress'];

/** "Đợt đánh giá": rounds of a year file, their settings and their results. */
export function roundService(store: DataStore, clock: Clock): HandlersFor<RoundChannels> {
  const now = () => clock().toISOString();

  /** Members must be in the catalogue; models in this year, not in the trash and not dropped. */
  function checkChoices(
    data: YearData,
    choice: { name: string; memberIds: string[]; modelIds: string[] },
    current?: Round,
  ): void {
    const issues: FieldIssue[] = [];
    const sameName = data.rounds.find(
      (r) => r.id !== current?.id && r.name.toLocaleLowerCase('vi') === choice.name.toLocaleLowerCase('vi'),
    );
    if (sameName) {
      issues.push({ path: ['name'], message: `Năm ${data.year} đã có đợt đánh giá “${sameName.name}”.` });
    }
    // Only what is added is checked: a member or model already in the round stays even if it changed since.
    const members = new Set(store.mainData.catalogues.members.map((m) => m.id));
    const unknownMembers = choice.memberIds.filter(
      (id) => !members.has(id) && !current?.memberIds.includes(id),
    ).length;
    if (unknownMembers > 0) {
      issues.push({
        path: ['memberIds'],
        message: `Thành viên chấm điểm: có ${unknownMembers} thành viên không có trong danh mục.`,
      });
    }
    const models = new Map(data.models.map((m) => [m.id, m]));
    const already = new Set(current?.modelIds);
    const added = choice.modelIds.filter((id) => !already.has(id));
    const absent = added.filter((id) => !models.get(id) || models.get(id)!.deletedAt !== null).length;
    if (absent > 0) {
      issues.push({
        path: ['modelIds'],
        message: `Mô hình được đánh giá: có ${absent} mô hình không thuộc năm ${data.year} hoặc đã ở Thùng rác.`,
      });
    }
    const stopped = added
      .map((id) => models.get(id))
      .filter((m): m is Model => m?.status === 'stopped' && m.deletedAt === null);
    if (stopped.length > 0) {
      issues.push({
        path: ['modelIds'],
        message: `Mô hình được đánh giá: ${someTitles(stopped)} đã “Dừng thực hiện”.`,
      });
    }
    if (issues.length > 0) throw invalidInput(issues);
  }

  /** The rubric of each kind to copy: the one asked for, or the first of that kind. */
  function pickRubrics(asked: Partial<Record<ModelKind, string>> | undefined): Round['rubrics'] {
    const pick = (kind: ModelKind): Rubric => {
      const id = asked?.[kind];
      const rubric = store.mainData.rubrics.find((r) => r.kind === kind && (id === undefined || r.id === id));
      if (rubric) return rubric;
      const what = `bộ tiêu chí cho mô hình ${kindLabels[kind].toLocaleLowerCase('vi')}`;
      if (id !== undefined)
        throw invalidInput([{ path: ['rubricIds', kind], message: `Không tìm thấy ${what}.` }]);
      throw new AppError('CONFLICT', `Chưa có ${what}: hãy tạo trong “Bộ tiêu chí” trước.`);
    };
    return { collective: pick('collective'), individual: pick('individual') };
  }

  return {
    'rounds.list': async ({ year }) => {
      const data = await store.yearData(year);
      return [...data.rounds]
        .sort((a, b) => b.date.localeCompare(a.date) || vietnameseCollator.compare(a.name, b.name))
        .map((round) => ({
          ...round,
          progress: roundResults(round, roundModels(round, data), data.sheets).progress,
        }));
    },

    'rounds.get': async ({ year, roundId }) => findRound(await store.yearData(year), roundId),

    'rounds.create': async ({ year, allOfYear, modelIds, rubricIds, ...form }) => {
      const rubrics = pickRubrics(rubricIds);
      let round!: Round;
      await store.updateYear(year, (data) => {
        const chosen =
          modelIds ??
          data.models
            .filter((m) => m.deletedAt === null && awaitingEvaluation.includes(m.status))
            .map((m) => m.id);
        if (allOfYear && chosen.length === 0) {
          throw invalidInput([
            {
              path: ['allOfYear'],
              message: `Năm ${year} không có mô hình nào “Đã đăng ký” hoặc “Đang thực hiện” để đánh giá.`,
            },
          ]);
        }
        checkChoices(data, { ...form, modelIds: chosen });
        const at = now();
        round = {
          ...form,
          id: randomUUID(),
          createdAt: at,
          updatedAt: at,
          year,
          modelIds: chosen,
          rubrics,
          status: 'open',
          history: [],
          applied: [],
        };
        return { ...data, rounds: [...data.rounds, round] };
      });
      return round;
    },

    'rounds.update': async ({ year, roundId, ...form }) => {
      let saved!: Round;
      await store.updateYear(year, (data) => {
        const round = findRound(data, roundId);
        requireOpen(round);
        checkChoices(data, form, round);
        saved = { ...round, ...form, updatedAt: now() };
        return { ...data, rounds: replaceById(data.rounds, saved) };
      });
      return saved;
    },

    'rounds.delete': async ({ year, roundId }) => {
      await store.updateYear(year, (data) => {
        const round = findRound(data, roundId);
        requireOpen(round);
        const own = data.sheets.filter((s) => s.roundId === roundId);
        const scored = own.filter((s) => s.total !== null || s.scores.some((v) => v !== null)).length;
        if (scored > 0) {
          throw new AppError(
            'CONFLICT',
            `Đợt đánh giá “${round.name}” đã có ${scored} phiếu chấm điểm nên không xóa được. Hãy xóa điểm trên các phiếu trước nếu thật sự muốn xóa đợt.`,
          );
        }
        return {
          ...data,
          rounds: data.rounds.filter((r) => r.id !== roundId),
          sheets: data.sheets.filter((s) => s.roundId !== roundId),
        };
      });
      return { deleted: true as const };
    },

    'rounds.results': async ({ year, roundId }) => {
      const data = await store.yearData(year);
      const round = findRound(data, roundId);
      return roundResults(round, roundModels(round, data), data.sheets);
    },
  };
}
