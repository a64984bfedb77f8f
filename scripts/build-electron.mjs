// Bundles the main process, the backend's utility process, the preload and the preview server into
// dist-electron/ as CommonJS.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  external: ['electron'],
  define: { __APP_VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist-electron/main.cjs' }),
  build({
    ...common,
    entryPoints: ['electron/utility/backend-process.ts'],
    outfile: 'dist-electron/backend.cjs',
  }),
  build({
    ...common,
    entryPoints: ['electron/preload/preload.ts'],
    outfile: 'dist-electron/preload.cjs',
    sourcemap: false,
  }),
  build({ ...common, entryPoints: ['electron/preview/preview.ts'], outfile: 'dist-electron/preview.cjs' }),
]);
