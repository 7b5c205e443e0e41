import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The repository's own eslint.config.js, with the type-aware rules off: the snippets below are not files on disk.
const eslint = new ESLint({ cwd: process.cwd(), overrideConfig: [tseslint.configs.disableTypeChecked] });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('the lint rules that keep the shape', () => {
  // Each case: what it checks, the code, and per file the rule that must refuse it there (null: it passes clean).
  it.each<[string, string, Record<string, string | null>]>([
    [
      'let a subgraph import the shared database entry and its own domain',
      "import { DAY_MS } from '@onedoor/db';\nimport { casesTable } from '@onedoor/db/cases';\nexport const x = [DAY_MS, casesTable];\n",
      { 'subgraphs/cases/src/services/example.ts': null },
    ],
    [
      "refuse a subgraph importing another domain's tables",
      "import { personsTable } from '@onedoor/db/people';\nexport const x = personsTable;\n",
      {
        'subgraphs/cases/src/services/example.ts': 'no-restricted-imports',
        'subgraphs/funds/src/services/example.ts': 'no-restricted-imports',
        'subgraphs/people/src/services/example.ts': null,
      },
    ],
    [
      "refuse Apollo's internal module paths outside the kit",
      "import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';\nexport type X = GraphQLResolverMap;\n",
      { 'subgraphs/grid/src/index.ts': 'no-restricted-imports' },
    ],
    [
      'refuse process.env outside the config module',
      'export const port = process.env.PORT;\n',
      {
        'gateway/src/main.ts': 'no-restricted-properties',
        'db/src/database.ts': 'no-restricted-properties',
        'subgraphs/kit/src/env.ts': null,
      },
    ],
  ])('%s', async (_what, code, verdicts) => {
    for (const [filePath, rule] of Object.entries(verdicts)) {
      if (rule) expect(await ruleIds(code, filePath)).toContain(rule);
      else expect(await ruleIds(code, filePath)).toEqual([]);
    }
  });

  it('refuse a floating promise (type-aware, as the whole tree is linted)', async () => {
    const typed = new ESLint({ cwd: process.cwd() });
    // Linted as the text of this very file, so the project service knows it; nothing is written.
    const code = 'async function save(): Promise<void> {}\nexport function onClick(): void {\n  save();\n}\n';
    const [result] = await typed.lintText(code, { filePath: 'test/kit/lint-rules.unit.test.ts' });
    expect(result?.messages.map((m) => m.ruleId)).toContain('@typescript-eslint/no-floating-promises');
  }, 120_000); // building the TypeScript program for type-aware rules takes a while on a busy machine
});
