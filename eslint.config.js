import js from '@eslint/js';
import globals from 'globals';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/** Pure domain code knows nothing of React, Graph, Teams or Office. */
const hostAndIoModules = [
  'react',
  'react-dom',
  'react/*',
  '@fluentui/*',
  '@microsoft/*',
  '@azure/*',
  'node:*',
  'better-sqlite3',
  'exceljs',
];

/** The UI's features: each a folder of src/ui that imports no other (shared parts live in src/ui/common). */
const features = ['config', 'map', 'plan', 'report', 'review', 'statutory', 'taskpane'];

const everythingBut = (...allowed) =>
  ['app', 'auth', 'config', 'data', 'demo', 'domain', 'graph', 'host', 'import', 'live', 'provision-template', 'shared', 'ui']
    .filter((layer) => !allowed.includes(layer))
    .map((layer) => `./src/${layer}`);

/**
 * The layers, lowest first: shared (versions, conflicts, the service error) and domain (pure rules); graph (the
 * transport); data (list mappings and repositories); provision-template (the workbook model and its sync); import
 * (a school's own file, decoded and published); live (the meeting's Live Share layer); host (Teams, Office); ui (views, each feature's data slice in src/ui/<feature>/data); app (the composition
 * roots). A layer imports only what is below it; tools import no tests. See README's Architecture.
 */
const zones = [
  { target: './src/shared', from: everythingBut('shared'), message: 'src/shared imports nothing else from src.' },
  { target: './src/domain', from: everythingBut('domain'), message: 'src/domain imports only src/domain.' },
  { target: './src/demo', from: everythingBut('domain', 'demo'), message: 'src/demo imports only src/domain.' },
  { target: './src/graph', from: everythingBut('graph', 'shared', 'auth', 'config'), message: 'src/graph imports nothing above it.' },
  { target: './src/data', from: everythingBut('data', 'graph', 'shared', 'domain'), message: 'src/data imports nothing above it.' },
  {
    target: './src/provision-template',
    from: everythingBut('provision-template', 'domain', 'shared'),
    message: 'The workbook model and its sync import no host, UI, data layer or transport: the store speaks domain types.',
  },
  {
    target: './src/import',
    from: everythingBut('import', 'data', 'domain', 'provision-template', 'shared'),
    message: "The file import decodes and publishes through the data layer: it imports no transport, host or UI.",
  },
  { target: './src/live', from: everythingBut('live', 'domain', 'shared'), message: "The meeting's live layer imports nothing else from src." },
  {
    target: './src/host',
    from: everythingBut('host', 'auth', 'config', 'domain', 'provision-template', 'shared'),
    message: 'The host seam (Teams, Office) imports no UI, data layer or transport.',
  },
  { target: './src/ui', from: ['./src/graph', './src/app', './src/config', './src/auth'], message: 'Views reach data through their feature slice, never the Graph client.' },
  {
    target: './src/ui',
    from: './src/data',
    message: "Only a feature's data slice (src/ui/<feature>/data) imports src/data.",
  },
  ...features.map((feature) => ({
    target: `./src/ui/${feature}`,
    from: './src/ui',
    except: [`./${feature}`, './common'],
    message: 'A feature imports no other feature: shared parts live in src/ui/common; compose features in src/app.',
  })),
  { target: './src/ui/common', from: features.map((f) => `./src/ui/${f}`), message: 'src/ui/common imports no feature.' },
  { target: './tools', from: './tests', message: 'Tools import no tests: a harness both use lives in tools/testing.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.waypoint-data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      curly: ['error', 'multi-line'],
      eqeqeq: ['error', 'smart'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tools/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js'],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // A feature's data slice is the one part of the UI that builds on the repositories.
    files: ['src/ui/*/data/**'],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: zones.filter((z) => z.from !== './src/data') }],
    },
  },
  {
    // Only the host seam may talk to Teams or Office.
    files: ['src/**'],
    ignores: ['src/host/**'],
    rules: {
      'no-restricted-globals': ['error', 'Office', 'Excel'],
    },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: hostAndIoModules, message: 'src/domain is pure: no React, Graph, Teams, Office or I/O.' },
            { group: ['**/graph/**', '**/data/**', '**/host/**', '**/app/**', '**/ui/**'], message: 'src/domain must not depend on the edges.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'Office', 'Excel', 'fetch', 'window', 'document', 'localStorage'],
    },
  },
);
