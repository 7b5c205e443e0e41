import { requireRole } from '@onedoor/subgraph-kit';
import type DataLoader from 'dataloader';
import type { FundsContext } from '../context';
import type { FundsLoaders } from '../loaders';
import { FUND_READERS } from '../roles';

/**
 * Every read of funds data is for FUND_READERS: a query, or a field funds adds to another subgraph's entity.
 * `field` names it in the refusal.
 */
export function forReaders<P, A, R>(field: string, read: (parent: P, args: A, ctx: FundsContext) => R) {
  return (parent: P, args: A, ctx: FundsContext): R => {
    requireRole(ctx.viewer, FUND_READERS, field);
    return read(parent, args, ctx);
  };
}

/** An entity of this subgraph resolved for the gateway by its id, through its loader, for FUND_READERS. */
export function readerReference<T>(typename: string, loader: (loaders: FundsLoaders) => DataLoader<string, T>) {
  return (ref: { id: string }, ctx: FundsContext): Promise<T> => {
    requireRole(ctx.viewer, FUND_READERS, typename);
    return loader(ctx.loaders).load(ref.id);
  };
}
