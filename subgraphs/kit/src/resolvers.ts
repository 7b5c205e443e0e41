import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { GraphQLScalarType } from 'graphql';

/** A subgraph's resolvers as `buildSubgraphSchema` takes them: type name to field resolvers (or a scalar). */
export type ResolverMap<C = unknown> = GraphQLResolverMap<C>;

/** One aggregate's part of a subgraph's resolvers (`resolvers/<aggregate>.ts` exports one). */
export type ResolverPart = Record<string, object>;

/**
 * Merges the parts of a subgraph's resolvers into one map, type by type. A field (or scalar) defined by two
 * parts is a mistake that would silently drop one of them, so it fails at start-up instead.
 */
export function mergeResolvers<C>(...parts: readonly ResolverPart[]): ResolverMap<C> {
  const merged: Record<string, object> = {};
  for (const part of parts) {
    for (const [typeName, fields] of Object.entries(part)) {
      const existing = merged[typeName];
      if (fields instanceof GraphQLScalarType || existing instanceof GraphQLScalarType) {
        if (existing) throw new Error(`The scalar ${typeName} is defined by two resolver parts.`);
        merged[typeName] = fields;
        continue;
      }
      const next: Record<string, unknown> = { ...existing };
      for (const [field, resolver] of Object.entries(fields)) {
        if (field in next) throw new Error(`${typeName}.${field} is defined by two resolver parts.`);
        next[field] = resolver;
      }
      merged[typeName] = next;
    }
  }
  return merged as ResolverMap<C>;
}
