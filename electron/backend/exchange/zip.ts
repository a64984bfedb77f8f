import { crc32, createInflateRaw, deflateRawSync, inflateRawSync } from 'node:zlib';
import { AppError } from '../../../shared/contract/errors';

/**
 * The zip of a data package or a backup file, written and read with Node's own zlib: a province's package is
 * ~80 MB of JSON, which zlib inflates in a third of the time a JavaScript inflater takes. Only what these
 * files need: deflated or stored entries, no zip64 (a package stays far below 4 GB), no encryption. Entry
 * CRCs are written for other tools; reading relies on the manifest's SHA-256 of every file instead.
 */
export class ZipError extends Error {}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const UTF8_NAMES = 0x0800;
const DEFLATE = 8;
const STORE = 0;
/** 1980-01-01 00:00 in DOS time: the entries carry no date of their own (the manifest does). */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

export function writeZip(entries: readonly { path: string; data: Uint8Array }[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { path, data } of entries) {
    const name = Buffer.from(path, 'utf8');
    const deflated = deflateRawSync(data, { level: 1 });
    // Files that do not shrink (photos, PDFs) are stored as they are.
    const [method, body] = deflated.length < data.length ? [DEFLATE, deflated] : [STORE, Buffer.from(data)];
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(CENTRAL, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(UTF8_NAMES, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt16LE(DOS_DATE, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(body.length, 20);
    header.writeUInt32LE(data.length, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    parts.push(local, name, body);
    central.push(header, name);
    offset += local.length + name.length + body.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}

/**
 * An entry inflating past this is inflated a slice at a time, off the main thread, and counted as it goes;
 * a smaller one at once (a province's year, ~16 MB: ~50 ms). Off the main thread the event loop waits for
 * each slice to be handed back, and on a busy machine those waits cost more than the inflating: a province's
 * package in 1 MB slices sat waiting 0.1–0.9 s of its preview (load 12–23), at once 0–20 ms, for the same CPU.
 */
const AT_ONCE = 32 * 1024 * 1024;
const SLICE = 1024 * 1024;

/** How far reading a zip is: `bytes` of its files inflated out of `total`. Awaited, so the caller may stop it. */
export type Inflated = (bytes: number, total: number) => Promise<void>;

/**
 * Every file of a zip by path; throws `ZipError` on anything that is not a sound zip within `maxBytes`. The
 * sizes are checked before anything is inflated; `inflated` hears how far it is after each file, and every
 * megabyte of a large one.
 */
export async function readZip(
  bytes: Buffer,
  maxBytes: number,
  inflated: Inflated = () => Promise.resolve(),
): Promise<Map<string, Buffer>> {
  try {
    const entries = listEntries(bytes, maxBytes);
    const total = entries.reduce((n, e) => n + e.size, 0);
    const files = new Map<string, Buffer>();
    let done = 0;
    for (const entry of entries) {
      const body = bytes.subarray(entry.start, entry.start + entry.packed);
      let data: Buffer;
      if (entry.method === STORE) data = body;
      else if (entry.size < AT_ONCE)
        data = inflateRawSync(body, { maxOutputLength: Math.max(entry.size, 1) });
      else data = await inflateCounted(body, entry.size, (n) => inflated((done += n), total));
      if (data.length !== entry.size) throw new ZipError('size mismatch');
      if (entry.method === STORE || entry.size < AT_ONCE) await inflated((done += entry.size), total);
      files.set(entry.name, data);
    }
    return files;
  } catch (error) {
    // A cancel heard while inflating goes on as it is.
    if (error instanceof ZipError || error instanceof AppError) throw error;
    // Reads past the end, bad deflate streams: all mean the same to the user.
    throw new ZipError(`bad zip: ${(error as Error).message}`);
  }
}

interface Entry {
  name: string;
  method: number;
  start: number;
  packed: number;
  size: number;
}

/** The files of the central directory, where each one's data starts; refused past `maxBytes` in all. */
function listEntries(bytes: Buffer, maxBytes: number): Entry[] {
  const end = findEnd(bytes);
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries: Entry[] = [];
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (bytes.readUInt32LE(at) !== CENTRAL) throw new ZipError('bad central directory');
    const flags = bytes.readUInt16LE(at + 8);
    const method = bytes.readUInt16LE(at + 10);
    const packed = bytes.readUInt32LE(at + 20);
    const size = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const localAt = bytes.readUInt32LE(at + 42);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (flags & 1) throw new ZipError('encrypted');
    if (name.endsWith('/')) continue;
    total += size;
    if (total > maxBytes) throw new ZipError('too big');
    if (method !== STORE && method !== DEFLATE) throw new ZipError(`method ${method}`);
    if (bytes.readUInt32LE(localAt) !== LOCAL) throw new ZipError('bad local header');
    const start = localAt + 30 + bytes.readUInt16LE(localAt + 26) + bytes.readUInt16LE(localAt + 28);
    if (start + packed > bytes.length) throw new ZipError('truncated');
    entries.push({ name, method, start, packed, size });
  }
  return entries;
}

/** Inflates a large entry on zlib's threads, a megabyte out at a time, refusing more than its stated size. */
async function inflateCounted(body: Buffer, size: number, counted: (bytes: number) => Promise<void>) {
  const out = Buffer.allocUnsafe(size);
  let at = 0;
  const inflater = createInflateRaw({ chunkSize: SLICE });
  inflater.end(body);
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      if (at + chunk.length > size) throw new ZipError('size mismatch');
      chunk.copy(out, at);
      at += chunk.length;
      await counted(chunk.length);
    }
  } finally {
    inflater.destroy();
  }
  return out.subarray(0, at);
}

/** Where the end-of-central-directory record starts (it may be followed by a comment of up to 64 KB). */
function findEnd(bytes: Buffer): number {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes.readUInt32LE(at) === END) return at;
  }
  throw new ZipError('no end of central directory');
}
