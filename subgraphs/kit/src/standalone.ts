import { createFieldCipher, openDatabase } from '@onedoor/db';
import { systemClock } from './context';
import { DEFAULT_SUBGRAPH_PORTS, loadConfig } from './env';
import { openFileStore } from './files';
import { createPeerClient } from './peers';
import { type SubgraphDefinition, startSubgraph } from './server';

/**
 * Runs one subgraph as its own process (production): `PORT` (default its standalone port), `HOST`,
 * `DATABASE_URL`, the peers' `ONEDOOR_<NAME>_URL` and the shared secrets, all read by `loadConfig()`.
 */
export async function runStandalone<L>(definition: SubgraphDefinition<L>): Promise<void> {
  const config = loadConfig();
  const opened = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  const deps = {
    db: opened.db,
    clock: systemClock,
    cipher: createFieldCipher(config.dataKey),
    config,
    files: openFileStore(config),
    peers: createPeerClient(config.subgraphUrls, config.gatewaySecret),
  };
  const running = await startSubgraph(definition, deps, {
    port: config.port ?? DEFAULT_SUBGRAPH_PORTS[definition.name],
    host: config.host ?? '0.0.0.0',
  });
  console.log(`[onedoor] ${definition.name} subgraph at ${running.url} on ${opened.kind} (${opened.location})`);
  const stop = async () => {
    await running.stop();
    await opened.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}
