import { runStandalone } from '@onedoor/subgraph-kit';
import { peopleSubgraph } from './index';

await runStandalone(peopleSubgraph);
