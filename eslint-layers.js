import { builtinModules } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';

/**
 * The layers as allow-lists, in the manner of VS Code's `code-layering` rule: each folder names the layers and
 * the kinds of package it may import; anything else is refused. Packages are `node` (built-ins, `node:` or
 * bare like 'fs'), `electron`, or `npm` (any other), unless a layer lists package names exactly.
 */
export const layers = [
  { name: 'shared', dir: 'shared', may: ['shared'], packages: ['zod'] },
  { name: 'backend', dir: 'electron/backend', may: ['shared', 'backend'], packages: ['node', 'npm'] },
  {
    name: 'preview',
    dir: 'electron/preview',
    may: ['shared', 'backend', 'preview'],
    packages: ['node', 'npm'],
  },
  // The backend's utility process entry: Electron gives it process.parentPort, nothing to import.
  {
    name: 'utility',
    dir: 'electron/utility',
    may: ['shared', 'backend', 'utility'],
    packages: ['node', 'npm'],
  },
  {
    name: 'main',
    dir: 'electron/main',
    may: ['shared', 'backend', 'main'],
    packages: ['node', 'npm', 'electron'],
  },
  { name: 'preload', dir: 'electron/preload', may: ['shared', 'preload'], packages: ['electron'] },
  { name: 'renderer', dir: 'renderer', may: ['shared', 'renderer', 'docs'], packages: ['npm'] },
  // The user guide's pictures, which the in-app guide shows too; no code.
  { name: 'docs', dir: 'docs', may: [], packages: [] },
];

/**
 * The renderer's floors, lowest first: a file imports from its own floor or below, so the arrows run one way
 * (screens use features, features use the basics; never back up).
 */
export const rendererFloors = [
  ['api', 'files', 'forms', 'layout'],
  ['catalogues', 'commendations', 'models', 'dashboard', 'evaluation'],
  ['print'],
  ['pages'],
  ['app', 'main.tsx'],
];

const root = import.meta.dirname;
const builtins = new Set(builtinModules);

const layerOf = (rel) => layers.find((l) => rel === l.dir || rel.startsWith(`${l.dir}/`));

/** The floor of a file under renderer/src/ by its first folder (or its name, at the top); -1 for none. */
const floorOf = (rel) => rendererFloors.findIndex((names) => names.includes(rel.split('/')[2]));

const packageName = (source) =>
  source.startsWith('@') ? source.split('/').slice(0, 2).join('/') : source.split('/')[0];

function packageKind(source) {
  const name = packageName(source);
  if (name === 'electron') return 'electron';
  if (source.startsWith('node:') || builtins.has(name)) return 'node';
  return 'npm';
}

const kindLabels = {
  node: 'module của Node (chỉ phần chạy ngoài trình duyệt mới dùng)',
  electron: 'Electron (chỉ electron/main và electron/preload)',
  npm: 'gói npm',
};

/** Why `source`, imported from the file at `rel` (relative to the project), is refused; null when allowed. */
function refusal(rel, source) {
  const layer = layerOf(rel);
  if (!layer) return null;
  if (!source.startsWith('.')) {
    const allowed =
      layer.packages.includes(packageKind(source)) || layer.packages.includes(packageName(source));
    if (allowed) return null;
    const what = layer.packages.some((p) => ['node', 'npm', 'electron'].includes(p))
      ? kindLabels[packageKind(source)]
      : `gói “${packageName(source)}”`;
    return `Tầng ${layer.dir}/ không được dùng ${what}; được dùng: ${layer.packages.join(', ')}.`;
  }
  const target = relative(root, resolve(root, dirname(rel), source))
    .split(sep)
    .join('/');
  const targetLayer = layerOf(target);
  if (!targetLayer) return `Tầng ${layer.dir}/ không được nhập “${target}”, ngoài các tầng của ứng dụng.`;
  if (!layer.may.includes(targetLayer.name)) {
    return `Tầng ${layer.dir}/ không được nhập từ ${targetLayer.dir}/; chỉ được nhập từ: ${layer.may.join(', ')}.`;
  }
  if (layer.name === 'renderer' && targetLayer.name === 'renderer') {
    const from = floorOf(rel);
    const to = floorOf(target);
    if (from >= 0 && to > from) {
      return `renderer/src/${rendererFloors[from].join(', ')} không được nhập từ tầng trên (${target}): chuyển phần dùng chung xuống tầng dưới.`;
    }
  }
  return null;
}

const allowedImports = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const rel = relative(root, context.filename).split(sep).join('/');
    const check = (node) => {
      const source = node.source;
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const message = refusal(rel, source.value);
      if (message) context.report({ node: source, message });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export const layersPlugin = { rules: { 'allowed-imports': allowedImports } };
