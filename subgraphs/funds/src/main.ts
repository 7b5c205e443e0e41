import { runStandalone } from '@onedoor/subgraph-kit';
import { fundsSubgraph } from './index';

await runStandalone(fundsSubgraph);
