import { runStandalone } from '@onedoor/subgraph-kit';
import { gridSubgraph } from './index';

await runStandalone(gridSubgraph);
