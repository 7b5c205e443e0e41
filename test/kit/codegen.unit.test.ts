import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen';

describe('generated resolver types', () => {
  it('are what GraphQL Code Generator makes of each subgraph schema today (run `pnpm codegen` after a schema change)', async () => {
    // generate() is typed loosely for its watch mode; without watch it resolves to the files it made.
    const outputs = (await generate({ ...config, cwd: process.cwd(), silent: true }, false)) as {
      filename: string;
      content: string;
    }[];
    expect(outputs.map((o) => o.filename).sort()).toEqual(Object.keys(config.generates).sort());
    for (const output of outputs) {
      expect(readFileSync(output.filename, 'utf8'), `${output.filename} is stale: run pnpm codegen`).toBe(
        output.content,
      );
    }
  });
});
