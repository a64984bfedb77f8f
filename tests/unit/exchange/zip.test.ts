import { randomBytes } from 'node:crypto';
import { zipSync } from 'fflate';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readZip, writeZip, ZipError } from '../../../electron/backend/exchange/zip';
import { cancelled } from '../../../electron/backend/jobs';

const text = Buffer.from('{"title":"Vận động nhân dân làm đường giao thông nông thôn"}'.repeat(500));
const photo = randomBytes(20_000);

describe('package zip', () => {
  it('reads back what it wrote: deflated text, stored incompressible bytes, an empty file', async () => {
    const zip = writeZip([
      { path: 'years/2023.json', data: text },
      { path: 'attachments/a/b', data: photo },
      { path: 'empty.json', data: new Uint8Array(0) },
    ]);
    expect(zip.length).toBeLessThan(text.length / 10 + photo.length + 1000);
    const files = await readZip(zip, 1 << 30);
    expect([...files.keys()]).toEqual(['years/2023.json', 'attachments/a/b', 'empty.json']);
    expect(files.get('years/2023.json')!.equals(text)).toBe(true);
    expect(files.get('attachments/a/b')!.equals(photo)).toBe(true);
    expect(files.get('empty.json')!.length).toBe(0);
  });

  it('writes a zip other tools read, and reads zips other tools wrote (packages of earlier versions)', async () => {
    const ours = await JSZip.loadAsync(writeZip([{ path: 'manifest.json', data: text }]));
    expect(Buffer.from(await ours.file('manifest.json')!.async('uint8array')).equals(text)).toBe(true);
    const byFflate = Buffer.from(zipSync({ 'office.json': text, 'attachments/x/y': photo }, { level: 1 }));
    expect((await readZip(byFflate, 1 << 30)).get('attachments/x/y')!.equals(photo)).toBe(true);
    const jszip = new JSZip();
    jszip.file('office.json', text, { compression: 'DEFLATE' });
    jszip.folder('years');
    const byJszip = await jszip.generateAsync({ type: 'nodebuffer' });
    expect([...(await readZip(byJszip, 1 << 30)).keys()]).toEqual(['office.json']);
  });

  it('refuses what is not a sound zip within the size allowed', async () => {
    const zip = writeZip([{ path: 'years/2023.json', data: text }]);
    const bad = (bytes: Buffer, max = 1 << 30) => expect(readZip(bytes, max)).rejects;
    await bad(Buffer.alloc(0)).toThrow(ZipError);
    await bad(randomBytes(5000)).toThrow(ZipError);
    await bad(zip.subarray(0, zip.length - 30)).toThrow(ZipError);
    await bad(zip, text.length - 1).toThrow('too big');
    // A declared size smaller than what the data inflates to (a zip bomb's trick) is caught while inflating.
    const lying = Buffer.from(zip);
    const central = lying.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    lying.writeUInt32LE(100, central + 24);
    await bad(lying).toThrow(ZipError);
    const corrupt = Buffer.from(zip);
    corrupt.fill(0xff, 60, 200);
    await bad(corrupt).toThrow(ZipError);
  });

  it('counts a large file as it inflates, a megabyte at a time, and refuses one larger than it says', async () => {
    // Past 32 MB: a smaller file is inflated at once.
    const year = Buffer.from(
      Array.from({ length: 900_000 }, (_, i) => `{"id":${i},"title":"Mô hình số ${i}"},`).join(''),
    );
    expect(year.length).toBeGreaterThan(32 * 1024 * 1024);
    const zip = writeZip([
      { path: 'office.json', data: text },
      { path: 'years/2023.json', data: year },
    ]);
    const heard: number[] = [];
    const files = await readZip(zip, 1 << 30, (bytes, total) => {
      expect(total).toBe(text.length + year.length);
      heard.push(bytes);
      return Promise.resolve();
    });
    expect(files.get('years/2023.json')!.equals(year)).toBe(true);
    // The small file at once, then the large one slice by slice: rising to the whole.
    expect(heard[0]).toBe(text.length);
    expect(heard.length).toBe(1 + Math.ceil(year.length / (1024 * 1024)));
    expect(heard).toEqual([...heard].sort((a, b) => a - b));
    expect(heard.at(-1)).toBe(text.length + year.length);

    const lying = Buffer.from(zip);
    const second = lying.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    lying.writeUInt32LE(year.length - 10, second + 24);
    await expect(readZip(lying, 1 << 30)).rejects.toThrow('size mismatch');
    // A stop asked for while inflating (a cancelled job) is answered as it was thrown.
    const stop = cancelled();
    await expect(readZip(zip, 1 << 30, () => Promise.reject(stop))).rejects.toBe(stop);
  });
});
