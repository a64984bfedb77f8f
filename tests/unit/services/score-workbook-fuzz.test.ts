import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import type { Envelope } from '../../../shared/contract/errors';
import type { ScoreWorkbookPreview } from '../../../shared/contract/score-workbooks';
import { ok } from '../../helpers/backend';
import { withRound, type EvaluationSetup } from '../../helpers/evaluation-fixtures';
import { settledFiles } from '../../helpers/folder-files';
import { mutatedBytes } from '../../helpers/byte-mutations';
import { useTempDirs } from '../../helpers/temp-dir';

/** How the reader may refuse a file: each a whole Vietnamese sentence a person can act on. */
const REFUSALS =
  /^(Tệp phiếu chấm điểm |Tệp này không phải là phiếu chấm điểm|Phiếu này thuộc một đợt đánh giá khác|Thành viên này không chấm điểm|Trang “)/;

const seed = Number(process.env.DVK_FUZZ_SEED ?? 20261201);

describe('the score-workbook reader never crashes and never writes', () => {
  const tempDir = useTempDirs();

  /** A round of two collective and one individual model; member A's workbook as the app exports it. */
  async function exportedWorkbook(): Promise<{ setup: EvaluationSetup; real: Uint8Array }> {
    const setup = await withRound(await tempDir(), {
      models: [{}, {}, { kind: 'individual', personName: 'Nguyễn Văn A', personPosition: 'Trưởng thôn' }],
    });
    const file = await ok(setup.backend, 'sheets.exportWorkbook', {
      year: 2023,
      roundId: setup.round.id,
      memberId: setup.memberIds[0]!,
    });
    return { setup, real: new Uint8Array(Buffer.from(file.dataBase64, 'base64')) };
  }

  /** Previews `bytes` on the round's page: a preview whose every refused cell is named, or a refusal. */
  async function check(backend: Backend, roundId: string, bytes: Uint8Array) {
    const answer = (await backend.handle('sheets.previewWorkbook', {
      year: 2023,
      roundId,
      fileName: 'phieu.xlsx',
      dataBase64: Buffer.from(bytes).toString('base64'),
    })) as Envelope<ScoreWorkbookPreview>;
    if (answer.ok) {
      for (const r of answer.data.refused) expect(r.message).toMatch(/^Dòng \d+(, cột [A-Z]+)?: /);
      const { added, changed, refused } = answer.data.counts;
      expect(added + changed).toBe(answer.data.changes.length);
      expect(refused).toBe(answer.data.refused.length);
    } else {
      expect(['VALIDATION', 'NOT_FOUND']).toContain(answer.error.code);
      expect(answer.error.message).toMatch(REFUSALS);
    }
  }

  it('on random bytes and on exported workbooks with bytes changed, cut or flipped', async () => {
    const { setup, real } = await exportedWorkbook();
    const before = await settledFiles(setup.backend, setup.dataDir);
    const run = (bytes: Uint8Array) => check(setup.backend, setup.round.id, bytes);
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), run), { numRuns: 50, seed });
    const mutation = mutatedBytes(real);
    await fc.assert(fc.asyncProperty(mutation, run), { numRuns: 80, seed });
    expect(await settledFiles(setup.backend, setup.dataDir)).toEqual(before);
    await setup.backend.close();
  });

  it('on exported workbooks whose cells a member changed in any way, the hidden sheet included', async () => {
    const { setup, real } = await exportedWorkbook();
    const before = await settledFiles(setup.backend, setup.dataDir);
    const value: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
      fc.constant(null),
      fc.double(),
      fc.integer({ min: -5, max: 40 }).map((halves) => halves / 2),
      fc.string(),
      fc.constantFrom('12,5', '7.5', ' 10 ', 'mười', '1e3', '', 'Tập thể', setup.round.id, '2023'),
      fc.boolean(),
      fc.date({ noInvalidDate: true }),
      // Plain objects, as exceljs writes them (fast-check's records have no prototype).
      fc.constant({ formula: '1/0', result: { error: '#DIV/0!' } }),
      fc.array(fc.string(), { maxLength: 3 }).map((texts) => ({ richText: texts.map((text) => ({ text })) })),
    ) as fc.Arbitrary<ExcelJS.CellValue>;
    const edit = fc.record({
      sheet: fc.constantFrom('Tập thể', 'Cá nhân', 'DVK'),
      row: fc.integer({ min: 1, max: 12 }),
      column: fc.integer({ min: 1, max: 11 }),
      value,
    });
    const template = new ExcelJS.Workbook();
    await template.xlsx.load(Buffer.from(real) as unknown as ArrayBuffer);
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 8 }), async (edits) => {
        const workbook = new ExcelJS.Workbook();
        workbook.model = template.model;
        for (const { sheet, row, column, value: v } of edits) {
          workbook.getWorksheet(sheet)!.getCell(row, column).value = v;
        }
        await check(setup.backend, setup.round.id, new Uint8Array(await workbook.xlsx.writeBuffer()));
      }),
      { numRuns: 60, seed },
    );
    expect(await settledFiles(setup.backend, setup.dataDir)).toEqual(before);
    await setup.backend.close();
  });
});
