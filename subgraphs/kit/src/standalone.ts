import { createFieldCipher, openDatabase } from '@onedoor/db';
import { systemClock } from './context';
import { loadConfig } from './env';
import { createPeerClient, type PeerUrls } from './peers';
import { type SubgraphDefinition, startSubgraph } from './server';

const DEFAULT_PORTS = { cases: 4001, people: 4002, grid: 4003, funds: 4004 } as const;

/** Peer URLs from `ONEDOOR_<NAME>_URL`, defaulting to the local ports of the one-process runner. */
export function peerUrlsFromEnv(env: NodeJS.ProcessEnv = process.env): PeerUrls {
  const urls: PeerUrls = {};
  for (const [name, port] of Object.entries(DEFAULT_PORTS)) {
    urls[name as keyof PeerUrls] = env[`ONEDOOR_${name.toUpperCase()}_URL`] ?? `http://localhost:${port}/graphql`;
  }
  return urls;
}

/**
 * Runs one subgraph as its own process (production): `PORT` (default its runner port), `HOST`,
 * `DATABASE_URL`, and the shared secrets from the environment.
 */
export async function runStandalone<L>(definition: SubgraphDefinition<L>): Promise<void> {
  const config = loadConfig();
  const opened = await openDatabase();
  const deps = {
    db: opened.db,
    clock: systemClock,
    cipher: createFieldCipher(config.dataKey),
    config,
    peers: createPeerClient(peerUrlsFromEnv(), config.gatewaySecret),
  };
  const running = await startSubgraph(definition, deps, {
    port: Number(process.env.PORT ?? DEFAULT_PORTS[definition.name]),
    host: process.env.HOST ?? '0.0.0.0',
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
