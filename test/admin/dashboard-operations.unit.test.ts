import { describe, expect, it } from 'vitest';
import { type DocumentNode, getOperationAST, getVariableValues, validate } from 'graphql';
import {
  OBJECTIONS_QUERY,
  OVERDUE_QUERY,
  reliefQuery,
  reliefVariables,
  SUMMARY_QUERY,
  TOWNSHIPS_QUERY,
  trendQuery,
  trendVariables,
} from '../../admin/src/dashboard/operations';
import { buckets, instants } from '../../admin/src/dashboard/period';
import { apiSchema } from './support/api-schema';

/** The dashboard's free-form operations, checked against the committed API like the resource mappings. */
describe('the dashboard asks the gateway only what the API offers', () => {
  const schema = apiSchema();
  const range = { from: '2026-01-01', to: '2026-11-23' };
  const slices = buckets(range);
  const township = '00000000-0000-4000-8000-000000000001';

  const problems = (doc: DocumentNode, variables: Record<string, unknown>) => {
    const errors = validate(schema, doc).map((e) => e.message);
    if (errors.length) return errors;
    const coerced = getVariableValues(schema, getOperationAST(doc)!.variableDefinitions ?? [], variables);
    return (coerced.errors ?? []).map((e) => e.message);
  };

  it.each([
    ['summary', SUMMARY_QUERY, { filter: { ...instants(range), gridUnitId: township } }],
    ['trend', trendQuery(slices), trendVariables(slices, township)],
    ['trend (county)', trendQuery(slices), trendVariables(slices, null)],
    ['overdue', OVERDUE_QUERY, {}],
    ['objections', OBJECTIONS_QUERY, instants(range)],
    ['townships', TOWNSHIPS_QUERY, {}],
    ['relief', reliefQuery(slices), reliefVariables(range, slices)],
  ] as const)('%s', (_, doc, variables) => {
    expect(problems(doc, variables as Record<string, unknown>)).toEqual([]);
  });

  it('asks one aliased figure per bucket', () => {
    expect(slices).toHaveLength(11);
    expect(Object.keys(trendVariables(slices, null))).toHaveLength(11);
    expect(Object.keys(reliefVariables(range, slices))).toHaveLength(2 + 22);
  });
});
