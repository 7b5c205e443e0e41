import { createRequire } from 'node:module';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { destinationOf } from '../support/connections';
import { startTestStack, type TestStack } from '../support/stack';

// @apollo/gateway's own telemetry (usage metrics to Apollo, cloud metadata probes) is created here.
const requireFromGateway = createRequire(fileURLToPath(new URL('../../gateway/src/gateway.ts', import.meta.url)));
const apolloTelemetry = requireFromGateway('@apollo/gateway/dist/utilities/opentelemetry.js') as {
  createDataCollectionExporter: () => unknown;
};
const telemetrySpy = vi.spyOn(apolloTelemetry, 'createDataCollectionExporter');

/** Every outgoing TCP connection the process opens while the system starts and serves requests (the spy calls through). */
const connectSpy = vi.spyOn(net.Socket.prototype, 'connect');

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  connectSpy.mockRestore();
  telemetrySpy.mockRestore();
  await stack?.stop();
});

describe('nothing phones home', () => {
  it('the gateway never creates Apollo’s telemetry exporter', () => {
    expect(telemetrySpy).not.toHaveBeenCalled();
  });

  it('starting the system and serving requests opens connections only to this machine', async () => {
    const token = await stack.login('admin');
    const res = await stack.gql(
      '{ cases(first: 3) { nodes { number petitioners { name } place { name } disbursements { amount } } } }',
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    const destinations = connectSpy.mock.calls.map((args) => destinationOf(args));
    expect(destinations.length).toBeGreaterThan(0);
    const remote = destinations.filter((d) => !/^(localhost|127\.0\.0\.1|::1|\[::1\]):|^\//.test(d));
    expect(remote).toEqual([]);
  });

  it('serves no landing page that would load Apollo’s CDN', async () => {
    const res = await fetch(stack.gatewayUrl, { headers: { accept: 'text/html' } });
    const body = await res.text();
    expect(body).not.toMatch(/apollographql\.com|cdn\./i);
  });
});
