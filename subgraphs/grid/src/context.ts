import type { Context } from '@onedoor/subgraph-kit';
import type { GridLoaders } from './loaders';

/** What every grid resolver and service receives: the kit's request context and this subgraph's loaders. */
export type GridContext = Context<GridLoaders>;
