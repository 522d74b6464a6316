import js from '@eslint/js';
import globals from 'globals';
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
