import { resolve } from 'node:path';
import { defineConfig, normalizePath, type Plugin, type Rollup } from 'vite';
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

/**
 * Names "Tổng quan"'s code in the page beside the app's own, so the browser fetches it while the app's code is
 * still arriving: the app asks for it only once that code has run (`startFirstScreen`), one more request after
 * that run. Its own file is small (its code is in the first screen's chunk, `firstScreenChunk`); what it
 * imports beyond that is named too.
 */
function preloadFirstScreen(page: string): Plugin {
  return {
    name: 'dvk-preload-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const chunks = Object.values(bundle ?? {}).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
        const first = chunks.find((c) => c.facadeModuleId?.endsWith(page));
        if (!first) throw new Error(`${page}: no chunk of its own to preload`);
        const named = new Set([...html.matchAll(/\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]));
        const files: string[] = [];
        const visit = (file: string) => {
          if (named.has(file) || files.includes(file)) return;
          files.push(file);
          for (const dependency of chunks.find((c) => c.fileName === file)?.imports ?? []) visit(dependency);
        };
        visit(first.fileName);
        return files.map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
          injectTo: 'head',
        }));
      },
    },
  };
}

/**
 * Runs `entry` (the first screen's reads, `first-requests.ts`) from a script of its own, ahead of the app's: a
 * module script runs only once everything it imports has arrived and compiled, which for the app's ~1 MB of
 * code left the reads waiting ~200 ms. The module (with what it imports) is a small chunk of its own, which
 * the app imports too, so it runs once, as soon as the page's own script for it has arrived.
 */
function firstScript(entry: string): Plugin {
  // Vite's module ids use forward slashes on Windows too: compare like with like, or no chunk is made there.
  const path = normalizePath(resolve(import.meta.dirname, entry));
  const isEntry = (id: string) => normalizePath(id) === path;
  return {
    name: 'dvk-first-script',
    apply: 'build',
    config: () => ({
      build: {
        rolldownOptions: {
          // Above the first screen's chunk (below), which imports what this one imports too.
          output: { codeSplitting: { groups: [{ name: 'first', test: isEntry, priority: 1 }] } },
        },
      },
    }),
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const chunk = Object.values(bundle ?? {}).find(
          (c): c is Rollup.OutputChunk => c.type === 'chunk' && c.moduleIds.some(isEntry),
        );
        const app = html.indexOf('<script type="module"');
        if (!chunk || app < 0) throw new Error(`${entry}: no chunk, or no app script to go before`);
        // Before the app's script and its preloads, which the browser fetches in the page's order, six at a
        // time (HTTP/1.1); async, it runs as soon as it has arrived, not after the app's script.
        const script = `<script type="module" async crossorigin src="./${chunk.fileName}"></script>\n    `;
        return html.slice(0, app) + script + html.slice(app);
      },
    },
  };
}

/** The first screen's own modules: the frame and "Tổng quan" (below). */
const firstScreenModules = ['renderer/src/app/App.tsx', 'renderer/src/pages/dashboard/DashboardPage.tsx'].map(
  (file) => normalizePath(resolve(import.meta.dirname, file)),
);

/**
 * The first screen's code as one file: the frame (`App.tsx`) and "Tổng quan" (`DashboardPage.tsx`) with all
 * they import, and the styles `main.tsx` imports (fonts, antd, ours), which then come before the dashboard's
 * in the one style sheet, as before. Split as Rolldown splits by default, it was ~45 files and a style sheet
 * fetched only once "Tổng quan"'s code had run; in the preview (HTTP/1.1, six requests at a time) the first
 * script's reads waited behind those files. Other pages still load when first shown, importing from it.
 * `main.tsx` stays out: it awaits "Tổng quan"'s import before the first render, which in its own file would
 * wait for itself.
 */
const firstScreenChunk = {
  name: 'app',
  test: (id: string) =>
    firstScreenModules.includes(normalizePath(id)) ||
    /\/renderer\/src\/styles\.css$|\/@fontsource\/.*\.css$|\/antd\/dist\/antd\.css$/.test(normalizePath(id)),
};

/**
 * Fails the build when a first-screen module is not in the `app` chunk (moved or renamed): the group above
 * would then match nothing and the first screen would be split again, with no error, only a slower start.
 */
function checkFirstScreenChunk(): Plugin {
  return {
    name: 'dvk-check-first-screen-chunk',
    apply: 'build',
    generateBundle(_options, bundle) {
      const app = Object.values(bundle).find(
        (c): c is Rollup.OutputChunk => c.type === 'chunk' && c.name === firstScreenChunk.name,
      );
      const missing = firstScreenModules.filter(
        (path) => !app?.moduleIds.some((id) => normalizePath(id) === path),
      );
      if (missing.length > 0) throw new Error(`${missing.join(', ')}: not in the first screen's chunk "app"`);
    },
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [
    react(),
    contentSecurityPolicy(),
    woff2FontsOnly(),
    preloadFirstScreen('renderer/src/pages/dashboard/DashboardPage.tsx'),
    firstScript('renderer/src/api/first-requests.ts'),
    checkFirstScreenChunk(),
  ],
  build: {
    rolldownOptions: { output: { codeSplitting: { groups: [firstScreenChunk] } } },
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
});
