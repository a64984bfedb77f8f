import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy';
import { readStaticFile } from '../backend/static-files';
import { APP_SCHEME, RENDERER_HOST } from './renderer-origin';

/**
 * Must run before `ready`. `standard` makes relative URLs and the CSP's 'self' resolve against
 * app://renderer; `secure` makes the page a secure context like https; `supportFetchAPI` lets Vite's module
 * scripts and the fonts load (they are fetched in CORS mode); `codeCache` keeps V8's compiled bundle between
 * starts. Neither `bypassCSP` nor `corsEnabled`: the CSP holds and no other origin can read these files.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/**
 * Serves the built renderer from `root` (inside app.asar once packaged) instead of file://, which would give
 * the page access to every local file. Each response carries the CSP as a header too.
 */
export function serveRenderer(root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== RENDERER_HOST || (request.method !== 'GET' && request.method !== 'HEAD'))
      return notFound();
    const file = await readStaticFile(root, url.pathname);
    if (!file) return notFound();
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(file.body), {
      headers: {
        'Content-Type': file.contentType,
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}

function notFound(): Response {
  return new Response('Không tìm thấy.', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
