import { existsSync } from 'node:fs';

/** The end-to-end tests drive the built app; `npm test` builds it first. */
export default function globalSetup(): void {
  for (const file of ['dist/renderer/index.html', 'dist-electron/preview.cjs']) {
    if (!existsSync(file))
      throw new Error(`Thiếu ${file}: hãy chạy "npm run build" trước "npm run test:e2e".`);
  }
}
