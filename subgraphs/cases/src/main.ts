import { runStandalone } from '@onedoor/subgraph-kit';
import { casesSubgraph } from './index';

await runStandalone(casesSubgraph);
