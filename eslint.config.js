import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const electronImport = {
  name: 'electron',
  message:
    'Chỉ electron/main và electron/preload được dùng Electron; dịch vụ nhận tham số thay vì gọi Electron.',
};
const nodeBuiltins = {
  group: ['node:*'],
  message: 'renderer/ và shared/ chạy được cả trong trình duyệt: không dùng module của Node.',
};

/**
 * The layers, kept honest (as VS Code does): shared/ and renderer/ run in a browser, so neither Electron nor
 * Node; the backend and the preview run without Electron. tests/unit/lint-layers.test.ts proves these fire.
 */
export const layerRules = [
  {
    files: ['shared/**/*.{ts,tsx}', 'renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronImport], patterns: [nodeBuiltins] }] },
  },
  {
    files: ['electron/backend/**/*.ts', 'electron/preview/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronImport] }] },
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-electron/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  ...layerRules,
);
