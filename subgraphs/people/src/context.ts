import type { Context } from '@onedoor/subgraph-kit';
import type { PeopleLoaders } from './loaders';

/** What every people resolver receives. */
export type PeopleContext = Context<PeopleLoaders>;
