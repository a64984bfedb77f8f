import { execFileSync, spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pointsProblem, pointsRuleFormula } from '../../../shared/domain/points';
import { ok } from '../../helpers/backend';
import { withRound } from '../../helpers/evaluation-fixtures';
import { useTempDirs } from '../../helpers/temp-dir';

const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

/** Converts `file` with LibreOffice into `to` (its own profile, so runs beside other soffice users). */
function convert(dir: string, file: string, to: string): string {
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${dir}/lo`,
      '--headless',
      '--convert-to',
      to,
      '--outdir',
      join(dir, 'out'),
      file,
    ],
    { timeout: 120_000, stdio: 'ignore' },
  );
  return join(
    dir,
    'out',
    file
      .split('/')
      .pop()!
      .replace(/\.xlsx$/, `.${to.split(':')[0]}`),
  );
}

describe.skipIf(!hasSoffice)('the score cells’ rule in a spreadsheet', () => {
  const tempDir = useTempDirs();

  it('is the import’s rule: LibreOffice computes the cell formula as pointsProblem decides', async () => {
    const dir = await tempDir();
    // What a member types: halves, and numbers with a few decimals, around the range.
    const value = fc.oneof(
      fc.integer({ min: -4, max: 36 }).map((halves) => halves / 2),
      fc.integer({ min: -200, max: 1700 }).map((n) => n / 100),
      fc.integer({ min: -2000, max: 17000 }).map((n) => n / 1000),
      fc.constantFrom(0, 15, 15.5, 14.75, 0.001),
    );
    const values = fc.sample(value, { numRuns: 60, seed: 13 });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Điểm');
    values.forEach((v, i) => {
      sheet.getCell(i + 1, 1).value = v;
      sheet.getCell(i + 1, 2).value = { formula: pointsRuleFormula(`A${i + 1}`, 15) };
    });
    sheet.getCell(values.length + 1, 1).value = 'mười lăm';
    sheet.getCell(values.length + 1, 2).value = { formula: pointsRuleFormula(`A${values.length + 1}`, 15) };
    const file = join(dir, 'rule.xlsx');
    await writeFile(file, Buffer.from(await workbook.xlsx.writeBuffer()));
    const computed = (await readFile(convert(dir, file, 'csv'), 'utf8'))
      .trim()
      .split('\n')
      .map((line) => line.split(',').at(-1));
    expect(computed).toEqual([
      ...values.map((v) => String(pointsProblem(v, 15, 'x') === null).toUpperCase()),
      'FALSE',
    ]);
  });

  it('is kept by LibreOffice when it opens a member’s workbook, prompt and message included', async () => {
    const dir = await tempDir();
    const setup = await withRound(dir);
    const file = await ok(setup.backend, 'sheets.exportWorkbook', {
      year: 2023,
      roundId: setup.round.id,
      memberId: setup.memberIds[0]!,
    });
    await setup.backend.close();
    const path = join(dir, 'phieu.xlsx');
    await writeFile(path, Buffer.from(file.dataBase64, 'base64'));
    const resaved = new ExcelJS.Workbook();
    await resaved.xlsx.load(
      (await readFile(convert(dir, path, 'xlsx:Calc MS Excel 2007 XML'))) as unknown as ArrayBuffer,
    );
    const cell = resaved.getWorksheet('Tập thể')!.getCell('F6');
    expect(cell.dataValidation).toMatchObject({
      type: 'custom',
      // LibreOffice writes FALSE as 0, and adds an unused second formula.
      formulae: ['IF(ISNUMBER(F6),AND(F6>=0,F6<=15,MOD(F6*2,1)=0),0)', '0'],
      errorStyle: 'stop',
      error: 'Tiêu chí 2: điểm phải từ 0 đến 15, theo bước 0,5 (ví dụ 7 hoặc 7,5).',
      prompt: 'Nhập điểm từ 0 đến 15, theo bước 0,5 (ví dụ 7 hoặc 7,5).',
    });
  });
});
