import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ApolloServer, type BaseContext as ApolloContext, HeaderMap } from '@apollo/server';

export interface HttpOptions<C extends ApolloContext> {
  port: number;
  host?: string;
  /** Builds the context from the request headers; may throw a GraphQLError to refuse the request. */
  context: (headers: HeaderMap) => Promise<C>;
  /** Extra routes served before GraphQL (the gateway adds the back office); return true when handled. */
  routes?: (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
}

export interface RunningHttp {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * Serves an Apollo server on `/graphql` (and `/health`) with node's own http module, so the
 * gateway and subgraphs share one small, dependency-free front door.
 */
export async function serveGraphQL<C extends ApolloContext>(
  server: ApolloServer<C>,
  options: HttpOptions<C>,
): Promise<RunningHttp> {
  await server.start();
  const maxBody = options.maxBodyBytes ?? 2 * 1024 * 1024;
  const http: Server = createServer((req, res) => {
    handle(server, options, maxBody, req, res).catch((err: unknown) => {
      console.error('[onedoor] http handler failed', err);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
        }),
      );
    });
  });
  // Callers keep connections open and reuse them (the gateway's agent never drops an idle socket itself). A
  // server that closed idle sockets after a few seconds raced with a request written at that moment on a busy
  // machine (ECONNRESET, socket hang up); idle sockets now live a minute, and stop() closes them at once.
  http.keepAliveTimeout = 65_000;
  http.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const port = (http.address() as AddressInfo).port;
  const host = options.host && options.host !== '0.0.0.0' ? options.host : 'localhost';
  return {
    url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/graphql`,
    port,
    async stop() {
      await new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeIdleConnections();
      });
      await server.stop();
    },
  };
}

async function handle<C extends ApolloContext>(
  server: ApolloServer<C>,
  options: HttpOptions<C>,
  maxBody: number,
  req: IncomingMessage,
  res: ServerResponse,
) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/health') {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
    return;
  }
  if (options.routes && (await options.routes(req, res))) return;
  if (url.pathname !== '/graphql') {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found. GraphQL is served at /graphql.');
    return;
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const raw = await readBody(req, maxBody);
  if (raw === null) {
    res.writeHead(413, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        errors: [{ message: `Request body over ${maxBody} bytes.`, extensions: { code: 'BAD_USER_INPUT' } }],
      }),
    );
    return;
  }
  let body: unknown = raw;
  if ((headers.get('content-type') ?? '').includes('application/json') && raw.length > 0) {
    try {
      body = JSON.parse(raw);
    } catch {
      res.writeHead(400, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
        }),
      );
      return;
    }
  }
  const result = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
    context: () => options.context(headers),
  });
  for (const [key, value] of result.headers) res.setHeader(key, value);
  res.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    res.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) res.write(chunk);
  res.end();
}

function readBody(req: IncomingMessage, max: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
