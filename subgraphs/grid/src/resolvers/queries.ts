import type { Role } from '@onedoor/db';
import { requireRole } from '@onedoor/subgraph-kit';
import type { GridContext } from '../context';

/**
 * A root query that needs one of `roles`, written like a mutation (`defineMutation`): the role is checked
 * first, then `run` reads with the field's arguments as the generated types give them.
 */
export function defineQuery<A, R>(spec: {
  name: string;
  roles: readonly Role[];
  run: (call: { ctx: GridContext; args: A }) => R;
}) {
  return (_parent: unknown, args: A, ctx: GridContext): R => {
    requireRole(ctx.viewer, spec.roles, spec.name);
    return spec.run({ ctx, args });
  };
}
