import { loadConfig, peerUrlsFromEnv } from '@onedoor/subgraph-kit';
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
  subgraphUrls: peerUrlsFromEnv(),
  config,
  port: Number(process.env.PORT ?? 4000),
  host: process.env.HOST ?? '0.0.0.0',
  // The back office built into admin/dist (`pnpm --filter @onedoor/admin build`), unless served elsewhere.
  routes: process.env.ONEDOOR_ADMIN === 'none' ? undefined : serveAdmin(),
});
console.log(`[onedoor] gateway at ${gateway.url}`);
const stop = async () => {
  await gateway.stop();
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
