import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY } from './shared/security/content-security-policy';

/** The built page carries its CSP itself too, so it holds even where no header is sent. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'dvk-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<head>',
        `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

/** Scripts the office writes in: Vietnamese, and Latin for names and English words. */
const fontSubsets = /-(vietnamese|latin|latin-ext)-\d+-(normal|italic)\./;

/**
 * Ships the @fontsource faces as woff2 only, and only the subsets above. Their CSS also names a woff fallback
 * for browsers without woff2 (Electron's Chromium is not one) and faces for Cyrillic, Greek and Hebrew, each
 * of which the build would copy beside the app. The per-language unicode-range stays as written: without it
 * the Latin face answers for every letter and "ũ", "ĩ" come out as a letter and a loose tilde.
 */
function woff2FontsOnly(): Plugin {
  return {
    name: 'dvk-woff2-fonts-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]@fontsource[\\/].*\.css$/.test(id)) return null;
      const faces = code.split(/(?=\/\* [\w-]+ \*\/\s*@font-face)/);
      return faces
        .filter((face) => fontSubsets.test(face))
        .map((face) => face.replace(/,\s*url\([^)]*\.woff\) format\('woff'\)/g, ''))
        .join('');
    },
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicy(), woff2FontsOnly()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
});
