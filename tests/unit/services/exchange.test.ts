import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import { modelFormOf, type Model } from '../../../shared/domain/model';
import { ok, openBackend, refused } from '../../helpers/backend';
import { register, withUnit } from '../../helpers/model-fixtures';
import { manualClock, useTempDirs } from '../../helpers/temp-dir';

describe('data packages between offices', () => {
  const tempDir = useTempDirs();

  async function office(orgName: string, parentName: string, clock: ReturnType<typeof manualClock>) {
    const dir = await tempDir();
    const backend = await openBackend(dir, clock.now);
    // Each office's clerk: a conflict names who made each side's change.
    const userName = orgName === 'BAN DÂN VẬN' ? 'Hoàng Văn Huyện' : 'Lò Thị Xã';
    await ok(backend, 'settings.update', { orgName, parentName, userName });
    // Both typed the same unit, with their own ids: the packages match it by name.
    const ids = await withUnit(backend, orgName === 'BAN DÂN VẬN' ? 'Hội Nông dân xã' : 'HỘI NÔNG DÂN XÃ');
    return { backend, ids, dir };
  }

  const send = async (from: Backend) => ok(from, 'exchange.export', { years: [2023] });
  const preview = async (to: Backend, file: { fileName: string; dataBase64: string }) =>
    ok(to, 'exchange.preview', file);
  const models = async (backend: Backend) => {
    const rows = (await ok(backend, 'models.list', { year: 2023 })).rows;
    return Promise.all(
      rows.map(async (r) => (await ok(backend, 'models.get', { year: 2023, id: r.id })).model),
    );
  };
  /** What both offices must agree on: each model's id, title and version. */
  const shared = (list: Model[]) => list.map((m) => `${m.id} ${m.title} ${m.updatedAt}`).sort();

  it('two offices exchange both ways and end with the same models, one conflict shown and resolved', async () => {
    const clock = manualClock('2023-03-01T08:00:00');
    const a = await office('BAN DÂN VẬN', 'HUYỆN ỦY BA BỂ', clock);
    const b = await office('BAN CHỈ ĐẠO', 'XÃ CHU HƯƠNG', clock);
    const road = await register(a.backend, a.ids, { title: 'Đường giao thông liên thôn' });
    await register(a.backend, a.ids, { title: 'Thắp sáng đường quê' });
    await register(b.backend, b.ids, { title: 'Camera an ninh thôn bản' });

    clock.advanceDays(1);
    const fromA = await send(a.backend);
    const first = await preview(b.backend, fromA);
    expect(first.summary.office).toBe('BAN DÂN VẬN HUYỆN ỦY BA BỂ');
    expect(first.summary.kinds.map((k) => [k.label, k.new, k.changed, k.conflicts])).toEqual([
      ['Mô hình', 2, 0, 0],
    ]);
    expect(await ok(b.backend, 'exchange.commit', { packageId: first.packageId, resolutions: {} })).toEqual({
      applied: 2,
    });
    const atB = await models(b.backend);
    const roadAtB = atB.find((m) => m.id === road.id)!;
    expect(roadAtB.origin).toBe('BAN DÂN VẬN HUYỆN ỦY BA BỂ');
    expect(roadAtB.unitId).toBe(b.ids.unitId); // the unit matched by name
    expect((await ok(b.backend, 'catalogues.get')).units).toHaveLength(1);

    // The same package again changes nothing.
    const again = await preview(b.backend, fromA);
    expect(again.summary.kinds).toEqual([]);

    clock.advanceDays(1);
    const back = await preview(a.backend, await send(b.backend));
    expect(back.summary.kinds.map((k) => [k.label, k.new, k.changed, k.conflicts])).toEqual([
      ['Mô hình', 1, 0, 0],
    ]);
    await ok(a.backend, 'exchange.commit', { packageId: back.packageId, resolutions: {} });
    expect(shared(await models(a.backend))).toEqual(shared(await models(b.backend)));
    expect((await models(a.backend)).find((m) => m.title === 'Camera an ninh thôn bản')?.origin).toBe(
      'BAN CHỈ ĐẠO XÃ CHU HƯƠNG',
    );

    // Both change the same model before they meet again: one conflict, resolved for A's version.
    clock.advanceDays(1);
    const form = modelFormOf(road);
    await ok(a.backend, 'models.update', {
      ref: { year: 2023, id: road.id },
      form: { ...form, title: 'Đường liên thôn (A sửa)' },
    });
    clock.advanceDays(1);
    await ok(b.backend, 'models.update', {
      ref: { year: 2023, id: road.id },
      form: { ...form, unitId: b.ids.unitId, title: 'Đường liên thôn (B sửa)' },
    });
    const conflicted = await preview(b.backend, await send(a.backend));
    expect(conflicted.conflicts).toEqual([
      {
        key: `models:2023:${road.id}`,
        label: 'Mô hình',
        year: 2023,
        title: 'Đường liên thôn (A sửa)',
        localTitle: 'Đường liên thôn (B sửa)',
        incomingTitle: 'Đường liên thôn (A sửa)',
        differences: [
          { label: 'Tên mô hình', local: 'Đường liên thôn (B sửa)', incoming: 'Đường liên thôn (A sửa)' },
        ],
        localUpdatedAt: new Date('2023-03-05T08:00:00').toISOString(),
        incomingUpdatedAt: new Date('2023-03-04T08:00:00').toISOString(),
        // Both were edits, which record no author.
        localChangedBy: 'Lò Thị Xã',
        incomingChangedBy: 'Hoàng Văn Huyện',
        newer: 'local',
      },
    ]);
    await ok(b.backend, 'exchange.commit', {
      packageId: conflicted.packageId,
      resolutions: { [`models:2023:${road.id}`]: 'incoming' },
    });
    const settled = await preview(a.backend, await send(b.backend));
    expect(settled.conflicts).toEqual([]);
    await ok(a.backend, 'exchange.commit', { packageId: settled.packageId, resolutions: {} });
    expect(shared(await models(a.backend))).toEqual(shared(await models(b.backend)));
    expect((await models(b.backend)).find((m) => m.id === road.id)?.title).toBe('Đường liên thôn (A sửa)');
    await a.backend.close();
    await b.backend.close();
  });

  it('lists the office each model came from and filters the list by it', async () => {
    const clock = manualClock('2023-03-01T08:00:00');
    const a = await office('BAN DÂN VẬN', 'HUYỆN ỦY BA BỂ', clock);
    const b = await office('BAN CHỈ ĐẠO', 'XÃ CHU HƯƠNG', clock);
    await register(b.backend, b.ids, { title: 'Camera an ninh thôn bản' });
    expect((await ok(b.backend, 'models.list', { year: 2023 })).origins).toEqual([]);
    await register(a.backend, a.ids, { title: 'Đường giao thông liên thôn' });
    await register(a.backend, a.ids, { title: 'Thắp sáng đường quê' });
    clock.advanceDays(1);
    const p = await preview(b.backend, await send(a.backend));
    await ok(b.backend, 'exchange.commit', { packageId: p.packageId, resolutions: {} });

    const all = await ok(b.backend, 'models.list', { year: 2023 });
    expect(all.origins).toEqual(['BAN DÂN VẬN HUYỆN ỦY BA BỂ']);
    expect(all.rows.map((r) => [r.title, r.origin]).sort()).toEqual([
      ['Camera an ninh thôn bản', undefined],
      ['Thắp sáng đường quê', 'BAN DÂN VẬN HUYỆN ỦY BA BỂ'],
      ['Đường giao thông liên thôn', 'BAN DÂN VẬN HUYỆN ỦY BA BỂ'],
    ]);
    const sent = await ok(b.backend, 'models.list', { year: 2023, origin: 'BAN DÂN VẬN HUYỆN ỦY BA BỂ' });
    expect(sent.rows.map((r) => r.title).sort()).toEqual([
      'Thắp sáng đường quê',
      'Đường giao thông liên thôn',
    ]);
    // The filter's choices stay those of the whole year, whatever it narrows to.
    expect(sent.origins).toEqual(['BAN DÂN VẬN HUYỆN ỦY BA BỂ']);
    expect((await ok(b.backend, 'models.list', { year: 2023, origin: 'XÃ KHÁC' })).rows).toEqual([]);
    // After a restart the list answers from the year index: the origin is there too.
    await b.backend.close();
    const reopened = await openBackend(b.dir, clock.now);
    const again = await ok(reopened, 'models.list', { year: 2023, origin: 'BAN DÂN VẬN HUYỆN ỦY BA BỂ' });
    expect(again.rows).toHaveLength(2);
    await reopened.close();
    await a.backend.close();
  });

  it('does not bring back a model deleted in one office with an older package from the other', async () => {
    const clock = manualClock('2023-03-01T08:00:00');
    const a = await office('BAN DÂN VẬN', 'HUYỆN ỦY BA BỂ', clock);
    const b = await office('BAN CHỈ ĐẠO', 'XÃ CHU HƯƠNG', clock);
    const gone = await register(a.backend, a.ids, { title: 'Mô hình sẽ xóa' });
    clock.advanceDays(1);
    const p = await preview(b.backend, await send(a.backend));
    await ok(b.backend, 'exchange.commit', { packageId: p.packageId, resolutions: {} });
    const oldFromB = await send(b.backend);

    clock.advanceDays(1);
    await ok(a.backend, 'models.trash', { year: 2023, id: gone.id });
    await ok(a.backend, 'models.destroy', { year: 2023, id: gone.id });
    const stale = await preview(a.backend, oldFromB);
    expect(stale.summary.kinds).toEqual([]);

    const deletion = await preview(b.backend, await send(a.backend));
    expect(deletion.summary.kinds.map((k) => [k.label, k.deleted])).toEqual([['Mô hình', 1]]);
    await ok(b.backend, 'exchange.commit', { packageId: deletion.packageId, resolutions: {} });
    expect(await models(b.backend)).toEqual([]);
    await a.backend.close();
    await b.backend.close();
  });

  it('refuses a file that is not a sound package, and writes nothing', async () => {
    const clock = manualClock('2023-03-01T08:00:00');
    const a = await office('BAN DÂN VẬN', 'HUYỆN ỦY BA BỂ', clock);
    const b = await office('BAN CHỈ ĐẠO', 'XÃ CHU HƯƠNG', clock);
    await register(a.backend, a.ids);
    const good = await send(a.backend);
    const zip = await JSZip.loadAsync(Buffer.from(good.dataBase64, 'base64'));
    zip.file('years/2023.json', '{"year":2023}');
    const tampered = (await zip.generateAsync({ type: 'nodebuffer' })).toString('base64');
    const cases: [string, string][] = [
      [
        Buffer.from('xin chào').toString('base64'),
        'Tệp không phải là gói dữ liệu của phần mềm (không đọc được dạng nén .zip).',
      ],
      [tampered, 'Gói dữ liệu bị hỏng: tệp “years/2023.json” không khớp mã kiểm tra.'],
    ];
    for (const [dataBase64, message] of cases) {
      expect((await refused(b.backend, 'exchange.preview', { fileName: 'x.zip', dataBase64 })).message).toBe(
        message,
      );
    }
    expect((await refused(a.backend, 'exchange.preview', good)).message).toBe(
      'Gói dữ liệu này do chính máy này xuất ra: không có gì để nhập.',
    );
    expect(await models(b.backend)).toEqual([]);
    await a.backend.close();
    await b.backend.close();
  });
});
