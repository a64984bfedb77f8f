import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/**
 * Reads a file of the built renderer for a URL path, or null. The resolved path must stay inside `root`,
 * so `..` and encoded variants never reach outside it. Unknown paths fall back to index.html (one page).
 */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  const base = resolve(root);
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  const candidate = resolve(base, `.${decoded.endsWith('/') ? `${decoded}index.html` : decoded}`);
  if (candidate !== base && !candidate.startsWith(base + sep)) return null;
  const body = await readFile(candidate).catch(() => null);
  if (body) return { body, contentType: MIME[extname(candidate)] ?? 'application/octet-stream' };
  if (extname(decoded) !== '') return null;
  const index = await readFile(resolve(base, 'index.html')).catch(() => null);
  return index ? { body: index, contentType: MIME['.html']! } : null;
}
