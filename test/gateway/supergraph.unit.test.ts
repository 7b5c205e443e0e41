import { composeSupergraph, readCommittedSupergraph } from '@onedoor/gateway';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLNamedType,
} from 'graphql';
import { describe, expect, it } from 'vitest';

const INTERNAL = /^(__|join__|link__|_Service$|_Any$|_Entity$|Query$|Mutation$)/;

function undescribed(types: readonly GraphQLNamedType[]): string[] {
  const missing: string[] = [];
  for (const type of types) {
    if (/^(__|join__|link__)/.test(type.name)) continue;
    if (!INTERNAL.test(type.name) && !type.description?.trim()) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args)
          if (!arg.description?.trim()) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) if (!value.description?.trim()) missing.push(`${type.name}.${value.name}`);
    }
  }
  return missing;
}

describe('the contract (supergraph.graphql)', () => {
  it('is committed exactly as a fresh composition of the four subgraphs produces it (run `pnpm compose`)', () => {
    expect(readCommittedSupergraph()).toBe(composeSupergraph());
  });

  it('describes every type, field, argument, input field and enum value that partners see', () => {
    const api = buildSchema(readCommittedSupergraph());
    const types = Object.values(api.getTypeMap()).filter(
      (t: GraphQLNamedType) =>
        !t.name.startsWith('__') && !['String', 'Int', 'Float', 'Boolean', 'ID'].includes(t.name),
    );
    expect(types.length).toBeGreaterThan(20);
    expect(undescribed(types)).toEqual([]);
  });
});
