import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Catalogues } from '../../../shared/domain/catalogues';
import { ok, openBackend, refused } from '../../helpers/backend';
import {
  communeListProblems,
  communeListReady,
  communeListWorkbook,
  communeUnits,
  lastYearModel,
} from '../../helpers/commune-list';
import { register } from '../../helpers/model-fixtures';
import { useTempDirs } from '../../helpers/temp-dir';
import type { Backend } from '../../../electron/backend/backend';

const b64 = (bytes: Buffer) => bytes.toString('base64');
const noMappings = { units: {}, fields: {} };

describe('imports', () => {
  const tempDir = useTempDirs();

  async function setup() {
    const dataDir = await tempDir();
    const backend = await openBackend(dataDir);
    let catalogues!: Catalogues;
    for (const name of communeUnits) {
      catalogues = await ok(backend, 'catalogues.save', {
        kind: 'units',
        item: { name, type: 'Khác', commune: '', active: true },
      });
    }
    const unitId = catalogues.units.find((u) => u.name === lastYearModel.unit)!.id;
    const previous = await register(
      backend,
      { unitId, fieldId: catalogues.fields[1]!.id },
      {
        year: 2022,
        title: lastYearModel.title,
        startDate: null,
        endDate: null,
      },
    );
    return { dataDir, backend, catalogues, previous };
  }

  const preview = async (backend: Backend, bytes: Buffer, fileName = 'DS xa Chu Huong.xlsx') =>
    ok(backend, 'imports.preview', { fileName, dataBase64: b64(bytes), year: 2023 });

  const models2023 = async (backend: Backend) => (await ok(backend, 'models.list', { year: 2023 })).rows;

  it('previews a commune’s list: exactly its bad rows named, the rest ready, nothing written', async () => {
    const { dataDir, backend, previous } = await setup();
    const result = await preview(backend, await communeListWorkbook());
    expect(result.headerRow).toBe(6);
    expect(result.problems.map((p) => p.message)).toEqual(communeListProblems);
    expect(result.problems.map((p) => p.column)).toEqual([
      'Tên mô hình',
      'Chức vụ',
      'Đơn vị đăng ký',
      'Tên mô hình',
    ]);
    expect(result.rows.filter((r) => r.ready).map((r) => r.title)).toEqual(communeListReady);
    expect(result.rows.map((r) => r.row)).toEqual([8, 9, 10, 11, 12, 13, 14, 15]);
    expect(result.counts).toEqual({ rows: 8, ready: 4, withProblems: 4 });
    const continued = result.rows.find((r) => r.row === 11)!;
    expect(continued).toMatchObject({ registration: 'continued', previousTitle: previous.title });
    expect(result.rows.find((r) => r.row === 10)).toMatchObject({
      unitName: 'Chi bộ thôn Bản Xả', // from the merged cell
      fieldName: 'Văn hóa - xã hội',
    });
    expect(await models2023(backend)).toEqual([]);
    await expect(readFile(join(dataDir, 'years', '2023.json'))).rejects.toThrow();
    await backend.close();
  });

  it('imports the rows without problems in one go, each naming the file in its history', async () => {
    const { backend, previous } = await setup();
    const { importId } = await preview(backend, await communeListWorkbook());
    const all = await refused(backend, 'imports.commit', {
      importId,
      skipProblemRows: false,
      mappings: noMappings,
    });
    expect(all.message).toBe(
      'Còn 4 dòng lỗi: hãy sửa tệp, hoặc chọn “Bỏ qua các dòng lỗi” để nhập các dòng còn lại.',
    );
    expect(await models2023(backend)).toEqual([]);

    expect(
      await ok(backend, 'imports.commit', { importId, skipProblemRows: true, mappings: noMappings }),
    ).toEqual({
      created: 4,
    });
    const rows = await models2023(backend);
    expect(rows.map((r) => r.title).sort()).toEqual([...communeListReady].sort());
    const camera = rows.find((r) => r.title === 'Camera an ninh thôn bản')!;
    const detail = await ok(backend, 'models.get', { year: 2023, id: camera.id });
    expect(detail.model.contactPhone).toBe('0912345678');
    expect(detail.model.history).toEqual([
      {
        at: detail.model.createdAt,
        from: null,
        to: 'registered',
        note: 'Nhập từ tệp Excel “DS xa Chu Huong.xlsx” (dòng 15)',
        by: 'chuyenvien',
      },
    ]);
    const continued = rows.find((r) => r.title === 'Đoạn đường tự quản')!;
    const link = await ok(backend, 'models.get', { year: 2023, id: continued.id });
    expect(link.model.previousId).toBe(previous.id);

    // The preview is used up, and the same file again is all duplicates.
    const again = await refused(backend, 'imports.commit', {
      importId,
      skipProblemRows: true,
      mappings: noMappings,
    });
    expect(again.code).toBe('NOT_FOUND');
    const second = await preview(backend, await communeListWorkbook());
    expect(second.counts.ready).toBe(0);
    expect(second.problems.find((p) => p.row === 10)?.message).toBe(
      'Dòng 10: trùng với mô hình đã có “Thắp sáng đường quê” (cùng tên, đơn vị và năm)',
    );
    await backend.close();
  });

  it('creates an unknown unit the user chose to create, and later lists see it as known', async () => {
    const { backend, catalogues } = await setup();
    const { importId, problems } = await preview(backend, await communeListWorkbook());
    const unknown = problems.find((p) => p.unknown)!.unknown!;
    expect(unknown).toEqual({ kind: 'units', name: 'Hoi Nong dan xa' });
    await ok(backend, 'imports.commit', {
      importId,
      skipProblemRows: true,
      mappings: { units: { 'hoi nong dan xa': { create: true } }, fields: {} },
    });
    const after = await ok(backend, 'catalogues.get');
    expect(after.units.map((u) => u.name)).toEqual([
      ...catalogues.units.map((u) => u.name),
      'Hoi Nong dan xa',
    ]);
    expect((await models2023(backend)).length).toBe(5);

    const mapped = await preview(backend, await communeListWorkbook(), 'lan 2.xlsx');
    expect(mapped.counts.ready).toBe(0);
    await backend.close();
  });

  it('takes an unknown unit as the catalogue unit the user mapped it to', async () => {
    const { backend, catalogues } = await setup();
    const police = catalogues.units.find((u) => u.name === 'Công an xã Chu Hương')!;
    const { importId } = await preview(backend, await communeListWorkbook());
    const stale = await refused(backend, 'imports.commit', {
      importId,
      skipProblemRows: true,
      mappings: { units: { 'hoi nong dan xa': { id: crypto.randomUUID() } }, fields: {} },
    });
    expect(stale.message).toBe('“Hoi Nong dan xa”: mục được chọn không còn trong danh mục. Hãy chọn lại.');
    expect(await models2023(backend)).toEqual([]);
    await ok(backend, 'imports.commit', {
      importId,
      skipProblemRows: true,
      mappings: { units: { 'hoi nong dan xa': { id: police.id } }, fields: {} },
    });
    const rows = await models2023(backend);
    expect(rows.find((r) => r.title === 'Cánh đồng mẫu lớn')?.unitId).toBe(police.id);
    expect((await ok(backend, 'catalogues.get')).units).toHaveLength(3);
    await backend.close();
  });

  it('refuses with a clear message and writes nothing for files that are not workbooks', async () => {
    const { backend } = await setup();
    const cases: [Buffer, string][] = [
      [Buffer.alloc(0), 'Tệp rỗng (0 byte): hãy chọn đúng tệp Excel .xlsx.'],
      [Buffer.from('không phải Excel'), 'Tệp không phải là tệp Excel (.xlsx) hoặc đã bị hỏng.'],
      [
        Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]),
        'Tệp là dạng Excel 97-2003 (.xls) hoặc tài liệu Office cũ: hãy mở bằng Excel, chọn “Lưu thành” kiểu “Excel Workbook (.xlsx)” rồi chọn lại tệp .xlsx.',
      ],
      [
        Buffer.concat([
          Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
          Buffer.from('EncryptionInfo', 'utf16le'),
        ]),
        'Tệp Excel có đặt mật khẩu: hãy mở bằng Excel, gỡ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi lưu lại và chọn lại.',
      ],
      [await wordFile(), 'Tệp là văn bản Word (.docx) bị đổi đuôi, không phải tệp Excel.'],
    ];
    for (const [bytes, message] of cases) {
      const error = await refused(backend, 'imports.preview', {
        fileName: 'x.xlsx',
        dataBase64: b64(bytes),
        year: 2023,
      });
      expect(error.message).toBe(message);
    }
    const noHeader = new ExcelJS.Workbook();
    noHeader.addWorksheet('Trang 1').getCell('A1').value = 'Báo cáo tháng';
    const error = await refused(backend, 'imports.preview', {
      fileName: 'x.xlsx',
      dataBase64: b64(Buffer.from(await noHeader.xlsx.writeBuffer())),
      year: 2023,
    });
    expect(error.message).toMatch(/^Không tìm thấy dòng tiêu đề cột trong 15 dòng đầu/);
    expect(await models2023(backend)).toEqual([]);
    await backend.close();
  });

  it('gives a template that imports: its example row skipped, its dropdowns from the catalogues', async () => {
    const { backend } = await setup();
    const { fileName, dataBase64 } = await ok(backend, 'imports.template', { year: 2023 });
    expect(fileName).toBe('Mẫu đăng ký mô hình 2023.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(dataBase64, 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Danh sách đăng ký', 'Hướng dẫn', 'Danh mục']);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('B3').value).toBe('Năm');
    expect(sheet.getCell('C3').value).toBe('Tên mô hình');
    expect(sheet.getCell('E5').dataValidation).toMatchObject({
      type: 'list',
      formulae: ["'Danh mục'!$C$2:$C$4"],
    });
    const units = workbook.getWorksheet('Danh mục')!.getColumn(3).values.filter(Boolean);
    expect(units).toEqual(['Đơn vị đăng ký', ...[...communeUnits].sort((a, b) => a.localeCompare(b, 'vi'))]);

    const empty = await refused(backend, 'imports.commit', {
      importId: (await preview(backend, Buffer.from(dataBase64, 'base64'))).importId,
      skipProblemRows: true,
      mappings: noMappings,
    });
    expect(empty.message).toBe('Không có dòng nào nhập được: hãy sửa các dòng lỗi.');

    sheet.getCell('A4').value = 1; // the example row, kept as a real one
    const filled = await preview(backend, Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(filled.problems).toEqual([]);
    expect(filled.rows).toHaveLength(1);
    expect(filled.rows[0]).toMatchObject({ row: 4, ready: true, kind: 'collective', registration: 'new' });
    await backend.close();
  });
});

/** A zip holding `word/document.xml`, as a .docx renamed to .xlsx is. */
async function wordFile(): Promise<Buffer> {
  const JSZip = (await import('jszip')).default;
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types/>');
  zip.file('word/document.xml', '<w:document/>');
  return zip.generateAsync({ type: 'nodebuffer' });
}
