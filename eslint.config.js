// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noDexie = { name: 'dexie', message: 'Only src/data talks to IndexedDB (DESIGN.md, "src/data owns IndexedDB").' };
const pureBan = [
  noDexie,
  { name: 'solid-js', message: 'src/domain and the merge rules are pure: no UI framework.' },
  { name: 'hono', message: 'src/domain and the merge rules are pure: no server framework.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'data/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': true, 'ts-nocheck': true, 'ts-expect-error': 'allow-with-description' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [noDexie] }],
    },
  },
  {
    files: ['src/data/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/domain/**', 'src/sync/merge/**', 'src/sync/protocol.ts', 'src/sync/canonicalJson.ts', 'src/sync/contentHash.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: pureBan, patterns: [{ group: ['solid-js/*', 'hono/*', '@hono/*', 'better-sqlite3', 'node:*'], message: 'Pure code: no I/O or framework imports.' }] }],
    },
  },
  {
    files: ['src/features/**', 'src/app/**', 'src/ui/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noDexie, { name: 'better-sqlite3', message: 'Server only.' }] }],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'The UI never calls fetch directly: go through src/sync/client.' }, { name: 'indexedDB', message: 'Only src/data touches IndexedDB.' }],
    },
  },
);
