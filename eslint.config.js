import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

const DOMAINS = ['cases', 'people', 'grid', 'funds'];

/** Modules nobody imports: Apollo's internals (the kit wraps what is needed). */
const INTERNALS = {
  group: ['@apollo/*/dist/*'],
  message: "Apollo's internal paths break on upgrade: use the kit's types.",
};

/** A subgraph reads only its own Postgres schema: the shared db entry and its own domain's entry. */
const ownDomainOnly = (domain) => ({
  files: [`subgraphs/${domain}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          INTERNALS,
          {
            group: ['@onedoor/db/*', `!@onedoor/db/${domain}`],
            message: `The ${domain} subgraph reads only its own tables (@onedoor/db/${domain}) and the shared @onedoor/db; another domain's data comes through ctx.peers.`,
          },
          {
            group: ['@onedoor/db/src/*', '@onedoor/*/src/*'],
            message: 'Import a package by its entry, not its files.',
          },
        ],
      },
    ],
  },
});

/** Configuration is read once, by loadConfig() in the kit; everything else receives it. */
const PROCESS_ENV = {
  object: 'process',
  property: 'env',
  message: 'Read settings through loadConfig() (subgraphs/kit/src/env.ts), the one place the environment is parsed.',
};

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.data/**', 'db/drizzle/**', 'subgraphs/*/src/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
      'no-restricted-properties': ['error', PROCESS_ENV],
      'no-restricted-imports': ['error', { patterns: [INTERNALS] }],
    },
  },
  ...DOMAINS.map(ownDomainOnly),
  // The config module itself, and the kit that wraps Apollo's internal types.
  { files: ['subgraphs/kit/src/env.ts', 'vitest.config.ts'], rules: { 'no-restricted-properties': 'off' } },
  { files: ['subgraphs/kit/src/**/*.ts'], rules: { 'no-restricted-imports': 'off' } },
  // Plain JS (this file) is in no TypeScript program (no allowJs), so it is linted without type information.
  { files: ['**/*.{js,mjs,cjs}'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['admin/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Tests set up their own databases and servers from the environment the runner gives them.
    files: ['test/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'it', property: 'only' },
        { object: 'it', property: 'skip' },
        { object: 'describe', property: 'only' },
        { object: 'describe', property: 'skip' },
        { object: 'test', property: 'only' },
        { object: 'test', property: 'skip' },
      ],
    },
  },
);
