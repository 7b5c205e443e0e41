import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getOperationAST, getVariableValues, type GraphQLSchema, validate } from 'graphql';
import type { BuiltQuery, ResourceQueries } from '../../admin/src/data/resource';
import { apiSchema } from './support/api-schema';

/**
 * Every operation the back office sends is checked against the committed API: a renamed field or a
 * filter the API does not know fails here, not in front of a user.
 */
type QueriesModule = Record<string, unknown> & { sampleFilters?: Record<string, Record<string, unknown>> };
const SRC = join(import.meta.dirname, '..', '..', 'admin', 'src');
const files = readdirSync(SRC)
  .map((dir) => join(SRC, dir, 'queries.ts'))
  .filter(existsSync);
const modules: Record<string, QueriesModule> = Object.fromEntries(
  await Promise.all(files.map(async (file) => [file, (await import(file)) as QueriesModule] as const)),
);

function resourcesOf(module: QueriesModule): [string, ResourceQueries][] {
  return Object.entries(module)
    .filter(([name, value]) => name !== 'sampleFilters' && value && typeof value === 'object')
    .flatMap(([, value]) => Object.entries(value as Record<string, ResourceQueries>));
}

function problems(schema: GraphQLSchema, built: BuiltQuery): string[] {
  const errors = validate(schema, built.query).map((e) => e.message);
  if (errors.length) return errors;
  const operation = getOperationAST(built.query)!;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], built.variables ?? {});
  return (coerced.errors ?? []).map((e) => e.message);
}

describe('the back office asks the gateway only what the API offers', () => {
  const schema = apiSchema();
  const entries = Object.entries(modules).flatMap(([file, module]) =>
    resourcesOf(module).map(([resource, queries]) => ({ file, module, resource, queries })),
  );

  it('finds the mapping of every domain', () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  for (const { file, module, resource, queries } of entries) {
    it(`${resource} (${file.replace(/^.*src\//, '')}) builds valid operations`, () => {
      const found: string[] = [];
      const check = (call: string, built: BuiltQuery | undefined) => {
        if (built) found.push(...problems(schema, built).map((p) => `${call}: ${p}`));
      };
      const sample = module.sampleFilters?.[resource] ?? {};
      check(
        'getList',
        queries.getList?.({ pagination: { page: 2, perPage: 25 }, sort: { field: 'id', order: 'ASC' }, filter: {} }),
      );
      check(
        'getList(filtered)',
        queries.getList?.({
          pagination: { page: 1, perPage: 10 },
          sort: { field: 'id', order: 'DESC' },
          filter: sample,
        }),
      );
      check('getOne', queries.getOne?.({ id: '00000000-0000-4000-8000-000000000001' }));
      check(
        'getMany',
        queries.getMany?.({ ids: ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'] }),
      );
      expect(found).toEqual([]);
    });
  }
});
