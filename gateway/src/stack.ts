import type { Database, FieldCipher } from '@onedoor/db';
import {
  type Clock,
  createPeerClient,
  type FileStore,
  type KitConfig,
  openFileStore,
  type PeerUrls,
  type RunningHttp,
  startSubgraph,
  type SubgraphName,
  systemClock,
} from '@onedoor/subgraph-kit';
import { type GatewayOptions, startGateway } from './gateway';
import { SUBGRAPHS } from './subgraphs';

export interface StackOptions {
  db: Database;
  config: KitConfig;
  cipher: FieldCipher;
  /** Where files are kept; by default the store the configuration names. */
  files?: FileStore;
  supergraphSdl: string;
  /** Gateway port; 0 picks free ports for everything, otherwise subgraphs take their fixed ports (4001–4004). */
  port: number;
  host?: string;
  clock?: Clock;
  /** Extra HTTP routes on the gateway's port (the back office's static files). */
  routes?: GatewayOptions['routes'];
}

export interface RunningStack {
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  stop(): Promise<void>;
}

/** Starts the four subgraphs and the gateway in this process, each on its own HTTP port. */
export async function startStack(options: StackOptions): Promise<RunningStack> {
  const peerUrls: PeerUrls = {};
  const files = options.files ?? openFileStore(options.config);
  const deps = {
    db: options.db,
    clock: options.clock ?? systemClock,
    cipher: options.cipher,
    config: options.config,
    files,
    peers: createPeerClient(peerUrls, options.config.gatewaySecret),
  };
  const started: RunningHttp[] = [];
  try {
    for (const { definition, port } of SUBGRAPHS) {
      const running = await startSubgraph(definition as Parameters<typeof startSubgraph>[0], deps, {
        port: options.port === 0 ? 0 : port,
        host: '127.0.0.1',
      });
      peerUrls[definition.name] = running.url;
      started.push(running);
    }
    const gateway = await startGateway({
      supergraphSdl: options.supergraphSdl,
      subgraphUrls: peerUrls,
      config: options.config,
      files,
      port: options.port,
      host: options.host,
      routes: options.routes,
    });
    started.push(gateway);
    return {
      gatewayUrl: gateway.url,
      subgraphUrls: peerUrls as Record<SubgraphName, string>,
      async stop() {
        for (const s of started.reverse()) await s.stop();
      },
    };
  } catch (err) {
    for (const s of started.reverse()) await s.stop();
    throw err;
  }
}
