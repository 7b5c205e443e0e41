import { requireViewer } from './auth';
import type { BaseContext } from './context';
import type { ResolverMap } from './resolvers';

type AnyResolver = (parent: unknown, args: unknown, ctx: BaseContext, info: unknown) => unknown;

/**
 * Authenticated by default: every root field and every entity reference needs a signed-in viewer,
 * except the ones a subgraph names as public (login, the citizens' tracking query, organisation names).
 * Role checks stay in each resolver, where the operation's rule is written.
 */
export function guardResolvers<C extends BaseContext>(
  resolvers: ResolverMap<C>,
  publicFields: readonly string[] = [],
  publicEntities: readonly string[] = [],
): ResolverMap<C> {
  const guarded: Record<string, Record<string, unknown>> = {};
  for (const [typeName, fields] of Object.entries(resolvers as Record<string, Record<string, unknown>>)) {
    const isRoot = typeName === 'Query' || typeName === 'Mutation';
    const next: Record<string, unknown> = { ...fields };
    for (const [field, resolver] of Object.entries(fields)) {
      const guardThis = isRoot
        ? !publicFields.includes(`${typeName}.${field}`)
        : field === '__resolveReference' && !publicEntities.includes(typeName);
      if (guardThis && typeof resolver === 'function') {
        const inner = resolver as AnyResolver;
        next[field] = (parent: unknown, args: unknown, ctx: BaseContext, info: unknown) => {
          // __resolveReference is called as (reference, context, info)
          requireViewer((field === '__resolveReference' ? (args as BaseContext) : ctx).viewer);
          return inner(parent, args, ctx, info);
        };
      }
    }
    guarded[typeName] = next;
  }
  return guarded as ResolverMap<C>;
}
