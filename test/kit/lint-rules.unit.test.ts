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
  it('let a subgraph import the shared database entry and its own domain', async () => {
    const code =
      "import { DAY_MS } from '@onedoor/db';\nimport { casesTable } from '@onedoor/db/cases';\nexport const x = [DAY_MS, casesTable];\n";
    expect(await ruleIds(code, 'subgraphs/cases/src/services/example.ts')).toEqual([]);
  });

  it("refuse a subgraph importing another domain's tables", async () => {
    const code = "import { personsTable } from '@onedoor/db/people';\nexport const x = personsTable;\n";
    expect(await ruleIds(code, 'subgraphs/cases/src/services/example.ts')).toContain('no-restricted-imports');
    expect(await ruleIds(code, 'subgraphs/funds/src/services/example.ts')).toContain('no-restricted-imports');
    expect(await ruleIds(code, 'subgraphs/people/src/services/example.ts')).toEqual([]);
  });

  it("refuse Apollo's internal module paths outside the kit", async () => {
    const code =
      "import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';\nexport type X = GraphQLResolverMap;\n";
    expect(await ruleIds(code, 'subgraphs/grid/src/index.ts')).toContain('no-restricted-imports');
  });

  it('refuse process.env outside the config module', async () => {
    const code = 'export const port = process.env.PORT;\n';
    expect(await ruleIds(code, 'gateway/src/main.ts')).toContain('no-restricted-properties');
    expect(await ruleIds(code, 'db/src/database.ts')).toContain('no-restricted-properties');
    expect(await ruleIds(code, 'subgraphs/kit/src/env.ts')).toEqual([]);
  });

  it('refuse a floating promise (type-aware, as the whole tree is linted)', async () => {
    const typed = new ESLint({ cwd: process.cwd() });
    // Linted as the text of this very file, so the project service knows it; nothing is written.
    const code = 'async function save(): Promise<void> {}\nexport function onClick(): void {\n  save();\n}\n';
    const [result] = await typed.lintText(code, { filePath: 'test/kit/lint-rules.unit.test.ts' });
    expect(result?.messages.map((m) => m.ruleId)).toContain('@typescript-eslint/no-floating-promises');
  }, 120_000); // building the TypeScript program for type-aware rules takes a while on a busy machine
});
