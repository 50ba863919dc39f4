import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'release/**', 'artifacts/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Pure core, thin adapters: only adapters, the wiring in main/index.ts
      // and the preload may import electron at run time.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Only main/adapters/*, main/index.ts and preload/index.ts may import electron at run time; use `import type`.',
              allowTypeImports: true,
            },
            {
              name: 'electron-store',
              message: 'electron-store imports electron: only main/adapters/* may use it.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['main/adapters/**/*.ts', 'main/index.ts', 'preload/index.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'child_process', 'crypto'], message: 'The renderer is sandboxed: no Node modules.' },
            { group: ['**/main/**', '**/main'], message: 'The renderer imports nothing from main/: code shared by the processes lives in common/.' },
          ],
        },
      ],
    },
  },
  {
    // common/ is imported by every process: pure TypeScript, no library, no Node, no Electron.
    files: ['common/**/*.ts', 'preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/main/**', '**/main', '**/renderer/**'], message: 'common/ and the preload import only common/.' },
            { group: ['node:*', 'zod', 'ky', 'react', 'zustand', 'electron-store', 'conf'], message: 'common/ is shared by every process: no libraries here.' },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', '.ci/**', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
