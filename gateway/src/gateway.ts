import { randomUUID } from 'node:crypto';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  commonServerOptions,
  GATEWAY_SECRET_HEADER,
  type FileStore,
  type KitConfig,
  REQUEST_ID_HEADER,
  type RunningHttp,
  serveGraphQL,
  type SubgraphName,
  type Viewer,
  viewerFromAuthorization,
  silenceLibraryTelemetry,
} from '@onedoor/subgraph-kit';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { serveFiles } from './files';
import { depthLimit } from './limits';
import { serveUploads } from './uploads';

/** Per-request state of the gateway: who asked, and the id that follows the request into every subgraph. */
export interface GatewayContext {
  requestId: string;
  authorization: string | null;
  viewer: Viewer | null;
}

/** Adds the shared secret, the caller's token and the request id to every subgraph call. */
class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly secret: string,
  ) {
    super({ url });
  }

  override willSendRequest({
    request,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
    // Health checks and schema loads carry a bare context: only an incoming operation has a caller to forward.
    const { requestId, authorization } = context as Partial<GatewayContext>;
    request.http?.headers.set(GATEWAY_SECRET_HEADER, this.secret);
    if (requestId) request.http?.headers.set(REQUEST_ID_HEADER, requestId);
    if (authorization) request.http?.headers.set('authorization', authorization);
  }
}

export interface GatewayOptions {
  supergraphSdl: string;
  /** Where each subgraph listens (overrides the URLs in the supergraph file). */
  subgraphUrls: Partial<Record<SubgraphName, string>>;
  config: KitConfig;
  /**
   * Where file bytes are kept: the gateway takes uploads at `/files/upload` from holders of a signed ticket and
   * serves bytes at `/files/<sha256>` to holders of a signed download link.
   */
  files: FileStore;
  port: number;
  host?: string;
  routes?: (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;
}

/**
 * The OneDoor gateway: `@apollo/gateway` over the committed supergraph, inside `@apollo/server`.
 * It verifies the caller's token (a bad one is refused here), applies operation limits and
 * forwards identity to the subgraphs.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningHttp> {
  // @apollo/gateway reports usage to Apollo unless told not to before it is created.
  silenceLibraryTelemetry();
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) =>
      new ForwardingDataSource(options.subgraphUrls[name as SubgraphName] ?? url!, options.config.gatewaySecret),
    logger: quietLogger,
  });
  const files = serveFiles(options.files, options.config.jwtSecret);
  const uploads = serveUploads(options.files, options.config.jwtSecret);
  const server = new ApolloServer<GatewayContext>({
    gateway,
    ...commonServerOptions(options.config.introspection),
    validationRules: [depthLimit()],
  });
  return serveGraphQL(server, {
    port: options.port,
    host: options.host,
    routes: async (req, res) =>
      (await uploads(req, res)) || (await files(req, res)) || ((await options.routes?.(req, res)) ?? false),
    context: async (headers) => {
      const authorization = headers.get('authorization') ?? null;
      return {
        requestId: headers.get(REQUEST_ID_HEADER) ?? randomUUID(),
        authorization,
        viewer: await viewerFromAuthorization(authorization, options.config.jwtSecret),
      };
    },
  });
}

const quietLogger = {
  debug: () => {},
  info: () => {},
  warn: (msg: unknown) => console.warn('[gateway]', msg),
  error: (msg: unknown) => console.error('[gateway]', msg),
};
