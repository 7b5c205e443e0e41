import type { Role } from '@onedoor/db';
import { requireRole } from '@onedoor/subgraph-kit';
import type { GraphQLResolveInfo } from 'graphql';
import type { GridContext } from '../context';

/**
 * A root query that needs one of `roles`, written like a mutation (`defineMutation`): the role is checked
 * first, then `run` reads with the field's arguments as the generated types give them.
 */
export function defineQuery<A, R>(spec: { roles: readonly Role[]; run: (call: { ctx: GridContext; args: A }) => R }) {
  return (_parent: unknown, args: A, ctx: GridContext, info: Pick<GraphQLResolveInfo, 'fieldName'>): R => {
    requireRole(ctx.viewer, spec.roles, info.fieldName);
    return spec.run({ ctx, args });
  };
}
