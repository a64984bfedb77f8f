import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ok, refused } from '../../helpers/backend';
import { scoreTotals, withRound, type EvaluationSetup } from '../../helpers/evaluation-fixtures';
import { useTempDirs } from '../../helpers/temp-dir';
import { storedYear } from '../../helpers/stored-data';

async function exported(setup: EvaluationSetup, memberIndex = 0) {
  const file = await ok(setup.backend, 'sheets.exportWorkbook', {
    year: 2023,
    roundId: setup.round.id,
    memberId: setup.memberIds[memberIndex]!,
  });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
  return { file, workbook };
}

async function returned(workbook: ExcelJS.Workbook, setup: EvaluationSetup, fileName = 'phieu-tra-ve.xlsx') {
  const dataBase64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
  return { year: 2023, roundId: setup.round.id, fileName, dataBase64 };
}

const withTwoKinds = (dir: string) =>
  withRound(dir, {
    models: [{}, { kind: 'individual', personName: 'Nguyễn Văn A', personPosition: 'Trưởng thôn' }],
  });

describe('score workbooks', () => {
  const tempDir = useTempDirs();

  it('exports a member’s workbook: a protected sheet per kind, a column per criterion with its maximum', async () => {
    const setup = await withTwoKinds(await tempDir());
    const { file, workbook } = await exported(setup);
    expect(file.fileName).toBe('Phiếu chấm điểm - Tổng kết năm 2023 - Thành viên A.xlsx');
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['Tập thể', 'visible'],
      ['Cá nhân', 'visible'],
      ['DVK', 'veryHidden'],
    ]);
    const sheet = workbook.getWorksheet('Tập thể')!;
    expect(sheet.getCell('A3').value).toBe('Thành viên chấm điểm: Thành viên A');
    expect(sheet.getCell('A2').value).toBe('Đợt đánh giá: Tổng kết năm 2023');
    expect(sheet.getRow(6).values).toEqual(expect.arrayContaining([1, 'Mô hình số 1', 'Tập thể']));
    expect(String(sheet.getCell('F5').value)).toMatch(/^TC2: .*\(tối đa 15\)$/);
    expect(sheet.getCell('F6').dataValidation).toMatchObject({
      type: 'custom',
      formulae: ['IF(ISNUMBER(F6),AND(F6>=0,F6<=15,MOD(F6*2,1)=0),FALSE)'],
      showErrorMessage: true,
      errorStyle: 'stop',
      error: 'Tiêu chí 2: điểm phải từ 0 đến 15, theo bước 0,5 (ví dụ 7 hoặc 7,5).',
      showInputMessage: true,
      promptTitle: 'Tiêu chí 2',
      prompt: 'Nhập điểm từ 0 đến 15, theo bước 0,5 (ví dụ 7 hoặc 7,5).',
    });
    expect(sheet.getCell('F6').protection).toMatchObject({ locked: false });
    expect(sheet.getCell('B6').protection?.locked).not.toBe(false);
    expect((sheet.getCell('J6').value as { formula: string }).formula).toBe(
      'IF(COUNT(E6:I6)=0,"",SUM(E6:I6))',
    );
    expect((sheet as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    await setup.backend.close();
  });

  it('previews exactly the new, changed and refused cells, then saves them as that member’s sheets', async () => {
    const setup = await withTwoKinds(await tempDir());
    const [collective, individual] = setup.models;
    const member = setup.memberIds[1]!;
    const at = { year: 2023, roundId: setup.round.id, memberId: member };
    await ok(setup.backend, 'sheets.setScore', {
      ...at,
      modelId: collective!.id,
      criterionIndex: 0,
      value: 10,
    });
    await ok(setup.backend, 'sheets.setScore', {
      ...at,
      modelId: collective!.id,
      criterionIndex: 3,
      value: 5,
    });
    const { workbook } = await exported(setup, 1);
    const sheet = workbook.getWorksheet('Tập thể')!;
    sheet.getCell('E6').value = 18; // changed from 10
    sheet.getCell('F6').value = 16; // over the maximum of 15
    sheet.getCell('G6').value = '12,5'; // typed as text, read as a number
    sheet.getCell('H6').value = 5; // the same as saved: no change
    workbook.getWorksheet('Cá nhân')!.getCell('E6').value = 10;
    const input = await returned(workbook, setup);

    const preview = await ok(setup.backend, 'sheets.previewWorkbook', input);
    expect(preview.memberName).toBe('Thành viên B');
    expect(
      preview.changes.map((c) => [c.sheetName, c.row, c.modelTitle, c.criterionIndex, c.from, c.to]),
    ).toEqual([
      ['Tập thể', 6, 'Mô hình số 1', 0, 10, 18],
      ['Tập thể', 6, 'Mô hình số 1', 2, null, 12.5],
      ['Cá nhân', 6, 'Mô hình số 2', 0, null, 10],
    ]);
    expect(preview.refused).toEqual([
      {
        sheetName: 'Tập thể',
        row: 6,
        column: 'F',
        message:
          'Dòng 6, cột F: Tiêu chí 2 “Cách làm sáng tạo, tiết kiệm thời gian, chi phí” (tối đa 15 điểm): điểm không được lớn hơn 15.',
      },
    ]);
    expect(preview.counts).toEqual({ added: 2, changed: 1, unchanged: 1, refused: 1 });
    // A preview writes nothing.
    expect((await storedYear(setup.dataDir, 2023))!.sheets.map((s) => s.scores)).toEqual([
      [10, null, null, 5, null],
    ]);

    const commit = { year: 2023, roundId: setup.round.id, previewId: preview.previewId };
    expect(await ok(setup.backend, 'sheets.commitWorkbook', commit)).toEqual({ saved: 3, refused: 1 });
    const sheets = (await storedYear(setup.dataDir, 2023))!.sheets;
    expect(sheets.map((s) => [s.memberId, s.modelId, s.scores])).toEqual([
      [member, collective!.id, [18, null, 12.5, 5, null]],
      [member, individual!.id, [10, null, null, null, null]],
    ]);
    // Read again, the same workbook changes nothing more.
    expect((await ok(setup.backend, 'sheets.previewWorkbook', input)).changes).toEqual([]);
    await setup.backend.close();
  });

  it('refuses a workbook for a finalised round, writing nothing', async () => {
    const setup = await withRound(await tempDir());
    const { workbook } = await exported(setup);
    workbook.getWorksheet('Tập thể')!.getCell('E6').value = 18;
    const input = await returned(workbook, setup);
    // Previewed while the round was open, committed after it was finalised: refused all the same.
    const { previewId } = await ok(setup.backend, 'sheets.previewWorkbook', input);
    await scoreTotals(setup.backend, setup, setup.models[0]!.id, [80, 85, 90]);
    await ok(setup.backend, 'rounds.finalise', { year: 2023, roundId: setup.round.id, note: '' });
    const before = await storedYear(setup.dataDir, 2023);
    for (const [channel, request] of [
      ['sheets.previewWorkbook', input],
      ['sheets.commitWorkbook', { year: 2023, roundId: setup.round.id, previewId }],
    ] as const) {
      const error = await refused(setup.backend, channel, request);
      expect(error.message).toBe(
        'Đợt đánh giá “Tổng kết năm 2023” đã chốt kết quả nên không sửa được. Hãy mở lại đợt nếu cần sửa.',
      );
    }
    expect(await storedYear(setup.dataDir, 2023)).toEqual(before);
    await setup.backend.close();
  });

  it('refuses random bytes and a workbook that is not a score sheet with a Vietnamese message', async () => {
    const setup = await withRound(await tempDir());
    const before = await storedYear(setup.dataDir, 2023);
    const base = { year: 2023, roundId: setup.round.id, fileName: 'phieu.xlsx' };
    const bytes = await refused(setup.backend, 'sheets.previewWorkbook', {
      ...base,
      dataBase64: randomBytes(4096).toString('base64'),
    });
    expect(bytes.message).toBe('Tệp phiếu chấm điểm không phải là tệp Excel (.xlsx) hoặc đã bị hỏng.');
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Tập thể').getCell('E6').value = 18;
    const other = await refused(setup.backend, 'sheets.previewWorkbook', await returned(plain, setup));
    expect(other.message).toMatch(/^Tệp này không phải là phiếu chấm điểm do phần mềm xuất ra/);
    expect(await storedYear(setup.dataDir, 2023)).toEqual(before);
    await setup.backend.close();
  });
});
