// Lint for the whole monorepo. Besides the usual checks it holds the layering rules of
// ARCHITECTURE.md, so a shortcut through them fails CI instead of waiting for a reviewer.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const databaseModules = ['kysely', '@electric-sql/pglite', '@electric-sql/pglite/*', 'pg', 'pg-*'];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'apps/web/public/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Migrations must not depend on today's schema types (Kysely's advice), and tests and benchmarks
    // read loosely typed JSON answers on purpose.
    files: ['apps/server/src/platform/db/**', '**/*.test.ts', '**/*.e2e.ts', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // Domain rules are pure: no server, web, HTTP or SQL code.
    files: ['packages/domain/src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@thuis/server', '@thuis/server/*', '@thuis/web', '@thuis/web/*', '**/apps/**'],
              message: 'The domain package imports no server or web code.',
            },
            {
              group: [...databaseModules, 'fastify', 'fastify/*', '@fastify/*', 'react', 'react-*', 'node:*'],
              message: 'Domain rules are pure functions: no database, HTTP, UI or Node APIs.',
            },
          ],
        },
      ],
    },
  },
  {
    // Only repositories (and the database platform itself) talk SQL; a type of the handle may be passed on.
    files: ['apps/server/src/**/*.ts'],
    ignores: [
      'apps/server/src/**/repository.ts',
      'apps/server/src/**/*-repository.ts',
      'apps/server/src/platform/db/**',
      'apps/server/src/**/*.test.ts',
      'apps/server/src/test/**',
      'apps/server/src/demo/**',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: databaseModules, allowTypeImports: true, message: "Only repositories run SQL: move the query into the feature's repository." }] },
      ],
    },
  },
  {
    // Route files are transport only: they call use cases, never a repository.
    files: ['apps/server/src/**/routes.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: databaseModules, allowTypeImports: true, message: 'Only repositories run SQL.' },
            {
              group: ['./repository.js', '../*/repository.js', '**/*-repository.js', '**/platform/db/*'],
              allowTypeImports: true,
              message: 'Route files are transport only: call a use case.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
