import type { Role } from '@onedoor/db';
import type { GraphQLResolveInfo } from 'graphql';
import type { z } from 'zod';
import { requireRole } from './auth';
import { badInput, underRoot } from './errors';
import type { BaseContext } from './context';
import { parseInput } from './validate';

/** What a mutation's service receives: the request context and the input, already checked. */
export interface ServiceCall<C extends BaseContext, I> {
  ctx: C;
  input: I;
}

/**
 * One mutation, written the same way in every subgraph: who may call it, what its input must hold, and the
 * service that applies it. The resolver checks the role (a refusal names the mutation by the field it is
 * mounted on), then parses `args.input` (a refusal names the field as `input.<path>` with its reason), then
 * calls `run({ ctx, input })`; nothing reaches the service unchecked.
 *
 * Mutations whose arguments are not one `input` object (e.g. `cancelImport(id: ID!)`) pass `args: true`:
 * the schema then parses the whole argument object and a refusal names the argument itself.
 *
 * `renamedInput: true` is for a mutation whose input type was renamed to `<Mutation>Input`: the new type
 * arrives as `request`, the deprecated one still as `input` (same fields), and exactly one must be given.
 * Every refusal then names its fields under the argument the caller used, the service's own ones included.
 */
export function defineMutation<C extends BaseContext, S extends z.ZodType, R>(spec: {
  roles: readonly Role[];
  input: S;
  args?: boolean;
  renamedInput?: boolean;
  run: (call: ServiceCall<C, z.infer<S>>) => R | Promise<R>;
}) {
  return async (
    _parent: unknown,
    args: Record<string, unknown>,
    ctx: C,
    info: Pick<GraphQLResolveInfo, 'fieldName'>,
  ): Promise<R> => {
    requireRole(ctx.viewer, spec.roles, info.fieldName);
    const root = spec.renamedInput && args.request != null ? 'request' : 'input';
    try {
      return await spec.run({ ctx, input: parseArgs(spec, args) });
    } catch (error) {
      throw underRoot(error, root);
    }
  };
}

function parseArgs<S extends z.ZodType>(
  spec: { input: S; args?: boolean; renamedInput?: boolean },
  args: Record<string, unknown>,
) {
  if (spec.args) return parseInput(spec.input, args, '');
  if (!spec.renamedInput) return parseInput(spec.input, args.input);
  const given = [args.request, args.input].filter((v) => v !== undefined && v !== null).length;
  if (given !== 1)
    throw badInput('request', 'request: give the input once, as `request` (or the deprecated `input`).', {
      reason: 'ONE_OF',
      params: { fields: ['request', 'input'] },
    });
  return args.request != null ? parseInput(spec.input, args.request, 'request') : parseInput(spec.input, args.input);
}
