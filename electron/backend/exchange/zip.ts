import { unzipSync, zipSync } from 'fflate';

/**
 * A package's zip, written and read with fflate (deflate level 1: a province's package is ~80 MB of JSON,
 * so speed matters more than size). fflate does not check CRCs; the manifest's checksums do that upstream.
 */
export class ZipError extends Error {}

const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

export function writeZip(entries: readonly { path: string; data: Uint8Array }[]): Buffer {
  return asBuffer(zipSync(Object.fromEntries(entries.map((e) => [e.path, e.data])), { level: 1 }));
}

/** Every file of a zip by path; throws `ZipError` on anything that is not a sound zip within `maxBytes`. */
export function readZip(bytes: Buffer, maxBytes: number): Map<string, Buffer> {
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: ({ name, originalSize }) => {
        if (name.endsWith('/')) return false;
        total += originalSize;
        if (total > maxBytes) throw new ZipError('too big');
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ZipError) throw error;
    throw new ZipError(`bad zip: ${(error as Error).message}`);
  }
  return new Map(Object.entries(files).map(([name, data]) => [name, asBuffer(data)]));
}
