import { loadConfig, openFileStore } from '@onedoor/subgraph-kit';
import { readCommittedSupergraph } from './compose';
import { serveAdmin } from './admin';
import { startGateway } from './gateway';

/**
 * The gateway alone (production): serves the committed supergraph on `PORT` (default 4000) and
 * finds the subgraphs at `ONEDOOR_<NAME>_URL`; serves the built back office at `/admin/`.
 */
const config = loadConfig();
const gateway = await startGateway({
  supergraphSdl: readCommittedSupergraph(),
  subgraphUrls: config.subgraphUrls,
  config,
  files: openFileStore(config),
  port: config.port ?? 4000,
  host: config.host ?? '0.0.0.0',
  // The back office built into admin/dist (`pnpm --filter @onedoor/admin build`), unless served elsewhere.
  routes: config.serveAdmin ? serveAdmin() : undefined,
});
console.log(`[onedoor] gateway at ${gateway.url}`);
const stop = async () => {
  await gateway.stop();
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
