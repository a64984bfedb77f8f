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

/**
 * "Phiếu chấm điểm Excel" and "Nhập phiếu chấm điểm" on a round (issue 13 §2): a member's workbook goes out,
 * comes back filled, is previewed cell by cell, then saved as that member's sheets in one transaction.
 */
export function scoreWorkbookService(store: DataStore, commands: CommandRunner): HandlersFor<Channels> {
  /** Reads a returned workbook on the page of its round; a workbook of another round or year is refused. */
  async function read(input: { year: number; roundId: string; dataBase64: string }): Promise<{
    data: YearData;
    round: Round;
    workbook: ReadScoreWorkbook;
  }> {
    const data = await store.yearData(input.year);
    const round = findRound(data, input.roundId);
    const models = new Map(roundModels(round, data).map((m) => [m.id, m]));
    const workbook = await readScoreWorkbook(Buffer.from(input.dataBase64, 'base64'), (modelId) => {
      const model = models.get(modelId);
      return model ? round.rubrics[model.kind].criteria.length : MAX_CRITERIA;
    });
    if (workbook.roundId !== round.id || workbook.year !== input.year) {
      throw new AppError(
        'VALIDATION',
        `Phiếu này thuộc một đợt đánh giá khác, không phải đợt “${round.name}”: hãy mở đúng đợt đánh giá rồi nhập lại.`,
      );
    }
    roundMember(store, round, workbook.memberId);
    requireOpen(round);
    return { data, round, workbook };
  }

  return {
    'sheets.exportWorkbook': async ({ year, roundId, memberId }) => {
      const data = await store.yearData(year);
      const round = findRound(data, roundId);
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

    'sheets.previewWorkbook': async (input) => {
      const { data, round, workbook } = await read(input);
      const plan = planWorkbookScores(
        round,
        roundModels(round, data),
        data.sheets.filter((s) => s.roundId === round.id && s.memberId === workbook.memberId),
        workbook.lines,
      );
      return {
        memberId: workbook.memberId,
        memberName: roundMember(store, round, workbook.memberId).name,
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
    },

    'sheets.commitWorkbook': async (input) => {
      const { workbook } = await read(input);
      const plan = await commands.run(
        [input.year],
        (state, ctx) => saveWorkbookScores(state, workbook, ctx),
        `sheets.commitWorkbook ${input.fileName}`,
      );
      return { saved: plan.changes.length, refused: plan.refused.length };
    },
  };
}
