import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The layer rules in eslint-layers.js must actually fire (Signal Desktop tests its own lint rules too). */
describe('layer lint rules', () => {
  const eslint = new ESLint({ cwd: process.cwd() });

  async function refusals(filePath: string, source: string): Promise<string[]> {
    const code = `import * as x from '${source}';\nexport const y = x;\n`;
    const [result] = await eslint.lintText(code, { filePath });
    return result!.messages.filter((m) => m.ruleId === 'layers/allowed-imports').map((m) => m.message);
  }

  it.each([
    // shared/: zod and itself only
    ['shared/domain/x.ts', 'node:path', 'Tầng shared/ không được dùng gói “node:path”; được dùng: zod.'],
    ['shared/domain/x.ts', 'electron', 'Tầng shared/ không được dùng gói “electron”; được dùng: zod.'],
    ['shared/domain/x.ts', 'antd', 'Tầng shared/ không được dùng gói “antd”; được dùng: zod.'],
    [
      'shared/domain/x.ts',
      '../../renderer/src/models/place',
      'Tầng shared/ không được nhập từ renderer/; chỉ được nhập từ: shared.',
    ],
    [
      'shared/domain/x.ts',
      '../../electron/backend/clock',
      'Tầng shared/ không được nhập từ electron/backend/; chỉ được nhập từ: shared.',
    ],
    // backend: shared, itself, Node and npm; never Electron, never the composition roots
    [
      'electron/backend/services/x.ts',
      'electron',
      'Tầng electron/backend/ không được dùng Electron (chỉ electron/main và electron/preload); được dùng: node, npm.',
    ],
    [
      'electron/backend/services/x.ts',
      '../../main/menu',
      'Tầng electron/backend/ không được nhập từ electron/main/; chỉ được nhập từ: shared, backend.',
    ],
    [
      'electron/preview/x.ts',
      'electron',
      'Tầng electron/preview/ không được dùng Electron (chỉ electron/main và electron/preload); được dùng: node, npm.',
    ],
    // renderer: shared and its own floors; no Node, bare or prefixed; no Electron; no backend
    [
      'renderer/src/models/x.ts',
      'fs',
      'Tầng renderer/ không được dùng module của Node (chỉ phần chạy ngoài trình duyệt mới dùng); được dùng: npm.',
    ],
    [
      'renderer/src/models/x.ts',
      'node:fs',
      'Tầng renderer/ không được dùng module của Node (chỉ phần chạy ngoài trình duyệt mới dùng); được dùng: npm.',
    ],
    [
      'renderer/src/models/x.ts',
      'electron',
      'Tầng renderer/ không được dùng Electron (chỉ electron/main và electron/preload); được dùng: npm.',
    ],
    [
      'renderer/src/models/x.ts',
      '../../../electron/backend/services/model-service',
      'Tầng renderer/ không được nhập từ electron/backend/; chỉ được nhập từ: shared, renderer, docs.',
    ],
    [
      'renderer/src/pages/models/x.tsx',
      '../../app/AppShell',
      'renderer/src/pages không được nhập từ tầng trên (renderer/src/app/AppShell): chuyển phần dùng chung xuống tầng dưới.',
    ],
    [
      'renderer/src/print/x.tsx',
      '../pages/models/ModelListPage',
      'renderer/src/print không được nhập từ tầng trên (renderer/src/pages/models/ModelListPage): chuyển phần dùng chung xuống tầng dưới.',
    ],
    [
      'renderer/src/forms/x.ts',
      '../models/ModelForm',
      'renderer/src/api, files, forms, layout không được nhập từ tầng trên (renderer/src/models/ModelForm): chuyển phần dùng chung xuống tầng dưới.',
    ],
    [
      'shared/documents/x.ts',
      '../../docs/hinh/dang-ky.png',
      'Tầng shared/ không được nhập từ docs/; chỉ được nhập từ: shared.',
    ],
    // preload: only Electron and the contract
    [
      'electron/preload/x.ts',
      '../backend/backend',
      'Tầng electron/preload/ không được nhập từ electron/backend/; chỉ được nhập từ: shared, preload.',
    ],
  ])('%s refuses %s', async (file, source, message) => {
    expect(await refusals(file, source)).toEqual([message]);
  });

  it.each([
    ['shared/domain/x.ts', 'zod'],
    ['shared/domain/commands/x.ts', '../../text/fold'],
    ['electron/backend/services/x.ts', 'node:fs'],
    ['electron/backend/services/x.ts', 'lowdb'],
    ['electron/backend/services/x.ts', '../../../shared/domain/model'],
    ['electron/preview/x.ts', '../backend/backend'],
    ['electron/main/x.ts', 'electron'],
    ['electron/main/x.ts', '../backend/backend'],
    ['electron/preload/x.ts', 'electron'],
    ['renderer/src/models/x.ts', 'antd'],
    ['renderer/src/models/x.ts', '../../../shared/domain/model'],
    ['renderer/src/models/x.ts', '../catalogues/use-catalogue-names'],
    ['renderer/src/pages/models/x.tsx', '../../layout/PageTitle'],
    ['renderer/src/app/x.tsx', '../pages/models/ModelListPage'],
    ['renderer/src/help/x.ts', '../../../docs/hinh/dang-ky.png'],
  ])('%s may import %s', async (file, source) => {
    expect(await refusals(file, source)).toEqual([]);
  });
});
