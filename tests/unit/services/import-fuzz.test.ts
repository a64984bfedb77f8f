import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Envelope } from '../../../shared/contract/errors';
import {
  parseSheet,
  planImport,
  SheetShapeError,
  type Cell,
} from '../../../shared/domain/registration-import';
import { openBackend } from '../../helpers/backend';
import { communeListWorkbook } from '../../helpers/commune-list';
import { mutatedBytes } from '../../helpers/byte-mutations';
import { useTempDirs } from '../../helpers/temp-dir';

describe('the Excel import never crashes and never writes', () => {
  const tempDir = useTempDirs();

  async function filesOf(dataDir: string): Promise<Record<string, string>> {
    const office = await readFile(join(dataDir, 'office.json'), 'utf8').catch(() => '');
    const years = await readdir(join(dataDir, 'years')).catch(() => [] as string[]);
    return { office, years: years.join(',') };
  }

  /** Previews `bytes`: the answer is a preview or a refusal a person can read, never an internal error. */
  async function check(bytes: Uint8Array, backend: Awaited<ReturnType<typeof openBackend>>) {
    const answer = (await backend.handle('imports.preview', {
      fileName: 'x.xlsx',
      dataBase64: Buffer.from(bytes).toString('base64'),
      year: 2023,
    })) as Envelope<unknown>;
    if (!answer.ok) {
      expect(answer.error.code).toBe('VALIDATION');
      expect(answer.error.message).toMatch(/^(Tệp|Không tìm thấy|Sổ làm việc|Trang)/);
    }
  }

  it('on random bytes and on real lists with bytes changed, cut or shuffled', async () => {
    const dataDir = await tempDir();
    const backend = await openBackend(dataDir);
    const before = await filesOf(dataDir);
    const real = new Uint8Array(await communeListWorkbook());
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), (bytes) => check(bytes, backend)),
      { numRuns: 60 },
    );
    const mutation = mutatedBytes(real);
    await fc.assert(
      fc.asyncProperty(mutation, (bytes) => check(bytes, backend)),
      { numRuns: 80 },
    );
    expect(await filesOf(dataDir)).toEqual(before);
    await backend.close();
  });

  it('reads any grid of cells: a preview, or the message that no header was found', () => {
    const labels = [
      'Tên mô hình',
      'Don vi',
      'LINH VUC',
      'Hình thức',
      'SĐT',
      'Tổng cộng',
      'Duy trì',
      'Ca nhan',
    ];
    const cell: fc.Arbitrary<Cell> = fc.oneof(
      fc.constant(null),
      fc.constantFrom(...labels),
      fc.string(),
      fc.double(),
      fc.boolean(),
      fc.date({ noInvalidDate: false }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 30 }), (grid) => {
        try {
          const sheet = parseSheet(grid);
          const plan = planImport(sheet, {
            year: 2023,
            fileName: 'x.xlsx',
            units: [],
            fields: [],
            sameYear: [],
            lastYear: [],
          });
          expect(plan.counts.rows).toBe(plan.counts.ready + plan.counts.withProblems);
          for (const p of plan.problems) expect(p.message).toMatch(new RegExp(`^Dòng ${p.row}: `));
        } catch (error) {
          expect(error).toBeInstanceOf(SheetShapeError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
