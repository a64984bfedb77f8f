import { AppError } from '../../../shared/contract/errors';
import { XLSX_MIME } from '../../../shared/contract/score-workbooks';
import { findRound, requireOpen, roundModels } from '../../../shared/domain/commands/rounds';
import { saveWorkbookScores } from '../../../shared/domain/commands/sheets';
import type { Round } from '../../../shared/domain/round';
import { MAX_CRITERIA } from '../../../shared/domain/rubric';
import { planWorkbookScores } from '../../../shared/domain/score-workbook';
import type { YearData } from '../../../shared/domain/office-data';
import { fileNameFromTitle } from '../../../shared/text/file-name';
import type { HandlersFor } from '../handlers';
import { buildScoreWorkbook, readScoreWorkbook, type ReadScoreWorkbook } from '../imports/score-workbook';
import { part, StagedPreviews, type Jobs } from '../jobs';
import type { DataStore } from '../store/data-store';
import type { CommandRunner } from './command-runner';

type Channels = 'sheets.exportWorkbook' | 'sheets.previewWorkbook' | 'sheets.commitWorkbook';

function roundMember(store: DataStore, round: Round, memberId: string): { id: string; name: string } {
  const member = store.mainData.catalogues.members.find((m) => m.id === memberId);
  if (!member || !round.memberIds.includes(memberId)) {
    throw new AppError('NOT_FOUND', 'Thành viên này không chấm điểm trong đợt đánh giá này.');
  }
  return { id: member.id, name: member.name };
}

interface PendingWorkbook {
  fileName: string;
  workbook: ReadScoreWorkbook;
}

/** Previews kept for their commit: the last few, so an abandoned preview does not hold memory for long. */
const KEPT_PREVIEWS = 4;

/**
 * "Phiếu chấm điểm Excel" and "Nhập phiếu chấm điểm" on a round (issue 13 §2): a member's workbook goes out,
 * comes back filled, is previewed cell by cell, then saved as that member's sheets in one transaction.
 */
export function scoreWorkbookService(
  store: DataStore,
  commands: CommandRunner,
  jobs: Jobs,
): HandlersFor<Channels> {
  const pending = new StagedPreviews<PendingWorkbook>(jobs, KEPT_PREVIEWS, {
    cancelled:
      'Lần nhập phiếu này đã được hủy nên không có điểm nào được lưu: hãy chọn lại tệp nếu muốn nhập.',
    gone: 'Phiên xem trước đã hết hạn hoặc đã được lưu: hãy chọn lại tệp.',
  });

  /** The round the page shows, in its year's data. */
  async function roundOf(input: {
    year: number;
    roundId: string;
  }): Promise<{ data: YearData; round: Round }> {
    const data = await store.yearData(input.year);
    return { data, round: findRound(data, input.roundId) };
  }

  /**
   * Checks that `workbook` belongs to `round`, the round of `year` the page shows, whose member is still in it
   * and open; answers that member.
   */
  function check(year: number, round: Round, workbook: ReadScoreWorkbook): { id: string; name: string } {
    if (workbook.roundId !== round.id || workbook.year !== year) {
      throw new AppError(
        'VALIDATION',
        `Phiếu này thuộc một đợt đánh giá khác, không phải đợt “${round.name}”: hãy mở đúng đợt đánh giá rồi nhập lại.`,
      );
    }
    const member = roundMember(store, round, workbook.memberId);
    requireOpen(round);
    return member;
  }

  return {
    'sheets.exportWorkbook': async ({ year, roundId, memberId }) => {
      const { data, round } = await roundOf({ year, roundId });
      const member = roundMember(store, round, memberId);
      const units = new Map(store.mainData.catalogues.units.map((u) => [u.id, u.name]));
      const buffer = await buildScoreWorkbook({
        round,
        member,
        models: roundModels(round, data),
        unitName: (id) => units.get(id) ?? '',
      });
      return {
        fileName: fileNameFromTitle(
          `Phiếu chấm điểm - ${round.name} - ${member.name}`,
          'xlsx',
          150,
          'Phiếu chấm điểm',
        ),
        mimeType: XLSX_MIME,
        dataBase64: buffer.toString('base64'),
      };
    },

    // Followed as job `jobId` when the page sends one; what was read is then staged under that id.
    'sheets.previewWorkbook': (input) =>
      jobs.run(input.jobId, async ({ progress }) => {
        // The round as it stands when the file is chosen; the commit checks and plans again against the
        // round and the sheets as they stand then.
        const { data, round } = await roundOf(input);
        const models = roundModels(round, data);
        const kinds = new Map(models.map((m) => [m.id, m.kind]));
        const workbook = await readScoreWorkbook(
          Buffer.from(input.dataBase64, 'base64'),
          (modelId) => {
            const kind = kinds.get(modelId);
            return kind ? round.rubrics[kind].criteria.length : MAX_CRITERIA;
          },
          part(progress, 0, 0.95),
        );
        const member = check(input.year, round, workbook);
        await progress('Đang so với điểm đã lưu', 0.95);
        const plan = planWorkbookScores(
          round,
          models,
          data.sheets.filter((s) => s.roundId === round.id && s.memberId === member.id),
          workbook.lines,
        );
        const previewId = pending.keep(input.jobId, { fileName: input.fileName, workbook });
        return {
          previewId,
          memberId: member.id,
          memberName: member.name,
          roundName: round.name,
          changes: plan.changes,
          refused: plan.refused,
          counts: {
            added: plan.changes.filter((c) => c.from === null).length,
            changed: plan.changes.filter((c) => c.from !== null).length,
            unchanged: plan.unchanged,
            refused: plan.refused.length,
          },
        };
      }),

    // Saves what the preview read, planned again against the sheets as they are now.
    'sheets.commitWorkbook': async ({ year, roundId, previewId }) => {
      const staged = pending.get(previewId);
      check(year, (await roundOf({ year, roundId })).round, staged.workbook);
      const plan = await commands.run(
        [year],
        (state, ctx) => saveWorkbookScores(state, staged.workbook, ctx),
        `sheets.commitWorkbook ${staged.fileName}`,
      );
      pending.delete(previewId);
      return { saved: plan.changes.length, refused: plan.refused.length };
    },
  };
}
