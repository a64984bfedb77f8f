import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The layer rules in eslint.config.js must actually fire (Signal Desktop tests its own lint rules too). */
describe('layer lint rules', () => {
  const eslint = new ESLint({ cwd: process.cwd() });

  async function restricted(filePath: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath });
    return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
  }

  it.each([
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n"],
    ['renderer/src/x.ts', "import { readFile } from 'node:fs';\nexport const x = readFile;\n"],
    ['shared/domain/x.ts', "import { join } from 'node:path';\nexport const x = join;\n"],
    ['shared/domain/x.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['electron/backend/services/x.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['electron/preview/x.ts', "import { app } from 'electron';\nexport const x = app;\n"],
  ])('refuses the import in %s', async (file, code) => {
    expect(await restricted(file, code)).toHaveLength(1);
  });

  it.each([
    ['electron/backend/services/x.ts', "import { readFile } from 'node:fs';\nexport const x = readFile;\n"],
    ['electron/main/x.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['renderer/src/x.ts', "import { z } from 'zod';\nexport const x = z;\n"],
  ])('allows the import in %s', async (file, code) => {
    expect(await restricted(file, code)).toEqual([]);
  });
});
