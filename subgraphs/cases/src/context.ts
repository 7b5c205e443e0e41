import type { Context } from '@onedoor/subgraph-kit';
import type { CasesLoaders } from './loaders';

/** What every cases resolver and service receives: the kit's request context and this subgraph's loaders. */
export type CasesContext = Context<CasesLoaders>;
