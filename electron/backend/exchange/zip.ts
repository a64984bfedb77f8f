import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * A plain zip (deflate, no zip64) written and read with Node's own zlib: a province's package is ~80 MB of
 * JSON, which the JavaScript deflate in JSZip takes ten seconds to pack; zlib takes one. Any zip tool opens it.
 */
export class ZipError extends Error {}

const DEFLATE = 8;
const STORE = 0;
const UTF8_NAMES = 0x0800;

export function writeZip(entries: readonly { path: string; data: Uint8Array }[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { path, data } of entries) {
    const name = Buffer.from(path, 'utf8');
    const packed = deflateRawSync(data, { level: 1 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(DEFLATE, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(UTF8_NAMES, 8);
    entry.writeUInt16LE(DEFLATE, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    parts.push(local, name, packed);
    central.push(entry, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

/** Every file of a zip by path; throws `ZipError` on anything that is not a sound zip within `maxBytes`. */
export function readZip(bytes: Buffer, maxBytes: number): Map<string, Buffer> {
  const endAt = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endAt < 0 || endAt + 22 > bytes.length) throw new ZipError('no end of central directory');
  const count = bytes.readUInt16LE(endAt + 10);
  let at = bytes.readUInt32LE(endAt + 16);
  const files = new Map<string, Buffer>();
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) throw new ZipError('bad directory');
    const method = bytes.readUInt16LE(at + 10);
    const crc = bytes.readUInt32LE(at + 16);
    const packedSize = bytes.readUInt32LE(at + 20);
    const size = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const skip = bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const localAt = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    at += 46 + nameLength + skip;
    if (name.endsWith('/')) continue;
    total += size;
    if (total > maxBytes) throw new ZipError('too big');
    if (localAt + 30 > bytes.length || bytes.readUInt32LE(localAt) !== 0x04034b50)
      throw new ZipError('bad entry');
    const start = localAt + 30 + bytes.readUInt16LE(localAt + 26) + bytes.readUInt16LE(localAt + 28);
    const packed = bytes.subarray(start, start + packedSize);
    if (packed.length !== packedSize) throw new ZipError('truncated');
    let data: Buffer;
    try {
      if (method === STORE) data = Buffer.from(packed);
      else if (method === DEFLATE) data = inflateRawSync(packed, { maxOutputLength: Math.max(1, size) });
      else throw new ZipError('unknown method');
    } catch {
      throw new ZipError('bad data');
    }
    if (data.length !== size || crc32(data) !== crc) throw new ZipError('bad checksum');
    files.set(name, data);
  }
  return files;
}
