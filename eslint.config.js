import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The import rules of STYLE B3, stated for editors. test/architecture/boundaries.test.ts is the
// check CI relies on (it also resolves relative paths); keep the two in step.
//
// ESLint does not merge a rule's options across config objects: the last matching object wins.
// So each folder's `no-restricted-imports` below lists everything that folder may not import.

const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));
const noNode = (where) => [
  ...nodeBuiltins.map((name) => ({ name, message: `${where} runs without Node: no Node builtins.` })),
];
const noNodePrefix = (where) => ({
  regex: '^node:',
  message: `${where} runs without Node: no Node builtins.`,
});
const noElectron = (message) => ({ name: 'electron', message });
const noIpc = {
  name: 'electron',
  importNames: ['ipcMain', 'ipcRenderer'],
  message:
    'Only electron/main/ipc.ts and electron/preload touch ipcMain/ipcRenderer: IPC is derived from the contract.',
};

export default defineConfig([
  globalIgnores(['dist/', 'release/', 'node_modules/', '.native/', 'coverage/', 'test-results/']),

  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },

  // Where each file runs.
  {
    files: ['electron/**', 'test/**', '*.{js,mjs,cjs,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['renderer/**', 'test/renderer/**', 'test/e2e/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'test/renderer/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
  },

  // shared/: pure TypeScript, no DOM, no Node, no electron, nothing from the processes' folders.
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron('shared/ never imports electron.'), ...noNode('shared/')],
          patterns: [
            noNodePrefix('shared/'),
            {
              regex: '^(\\.\\./)+(electron|renderer)(/|$)',
              message: 'shared/ imports nothing from electron/ or renderer/.',
            },
          ],
        },
      ],
    },
  },

  // electron/core, electron/cli, build scripts: plain Node, never electron.
  {
    files: ['electron/**/*.{ts,mjs}'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            noElectron(
              "Only electron/main and electron/preload import 'electron': this code runs (and is tested) in plain Node.",
            ),
          ],
          patterns: [
            {
              regex: '^(\\.\\./)+(main|preload)(/|$)',
              message: 'The core never depends on the Electron glue.',
            },
          ],
        },
      ],
    },
  },

  // electron/main: the glue; IPC only in ipc.ts.
  {
    files: ['electron/main/**/*.ts'],
    ignores: ['electron/main/ipc.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noIpc] }] },
  },

  // renderer/: DOM only; main is reached through window.hindsight, read in renderer/bridge only.
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            noElectron('The renderer reaches main only through window.hindsight (renderer/bridge).'),
            ...noNode('renderer/'),
          ],
          patterns: [
            noNodePrefix('renderer/'),
            {
              regex: '^(\\.\\./)+electron(/|$)',
              message: 'The renderer reaches main only through window.hindsight (renderer/bridge).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/bridge/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'window',
          property: 'hindsight',
          message: 'Only renderer/bridge reads window.hindsight; take the api from the store or props.',
        },
        {
          object: 'globalThis',
          property: 'hindsight',
          message: 'Only renderer/bridge reads window.hindsight.',
        },
      ],
    },
  },
]);
