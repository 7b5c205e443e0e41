import type { Context } from '@onedoor/subgraph-kit';
import type { FundsLoaders } from './loaders';

/** What every funds resolver and service receives: the kit's request context and this subgraph's loaders. */
export type FundsContext = Context<FundsLoaders>;
