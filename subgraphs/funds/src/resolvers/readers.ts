import { type PageArgs, parseInput, requireRole } from '@onedoor/subgraph-kit';
import type DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import type { z } from 'zod';
import type { FundsContext } from '../context';
import type { FundsLoaders } from '../loaders';
import { FUND_READERS } from '../roles';
import type { ListCall } from '../services/list';

type FieldInfo = Pick<GraphQLResolveInfo, 'fieldName' | 'parentType'>;

/**
 * Every read of funds data is for FUND_READERS: a query, or a field funds adds to another subgraph's entity.
 * The refusal names the query, or the entity's field as `Type.field`.
 */
export function forReaders<P, A, R>(read: (parent: P, args: A, ctx: FundsContext) => R) {
  return (parent: P, args: A, ctx: FundsContext, info: FieldInfo): R => {
    const type = info.parentType.name;
    requireRole(ctx.viewer, FUND_READERS, type === 'Query' ? info.fieldName : `${type}.${info.fieldName}`);
    return read(parent, args, ctx);
  };
}

/** A list query for FUND_READERS: its filter checked like an input (a refusal names `filter.<path>`), then a page. */
export function readerList<S extends z.ZodType, R>(filter: S, list: (call: ListCall<z.infer<S>>) => R) {
  return forReaders((_: unknown, { filter: given, ...page }: PageArgs & { filter?: unknown }, ctx) =>
    list({ ctx, filter: parseInput(filter, given ?? {}, 'filter'), page }),
  );
}

/** An entity of this subgraph resolved for the gateway by its id, through its loader, for FUND_READERS. */
export function readerReference<T>(typename: string, loader: (loaders: FundsLoaders) => DataLoader<string, T>) {
  return (ref: { id: string }, ctx: FundsContext): Promise<T> => {
    requireRole(ctx.viewer, FUND_READERS, typename);
    return loader(ctx.loaders).load(ref.id);
  };
}
