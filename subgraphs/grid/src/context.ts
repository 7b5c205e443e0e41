import type { Context, ServiceCall } from '@onedoor/subgraph-kit';
import type { GridLoaders } from './loaders';

/** What every grid resolver and service receives: the kit's request context and this subgraph's loaders. */
export type GridContext = Context<GridLoaders>;

/** What a grid mutation's service receives, `({ ctx, input })`, the input already checked. */
export type GridCall<I> = ServiceCall<GridContext, I>;
