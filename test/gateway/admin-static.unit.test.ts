import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminBuildIsStale, serveAdmin } from '@onedoor/gateway';

describe('the gateway serves the built back office at /admin', () => {
  let dir: string;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'onedoor-admin-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>后台</title>');
    writeFileSync(join(dir, 'assets', 'app-1234.js'), 'console.log(1)');
    writeFileSync(join(tmpdir(), 'outside-admin.txt'), 'secret');
    const routes = serveAdmin(dir);
    server = createServer((req, res) => {
      if (!routes(req, res)) res.writeHead(404).end('not mine');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends / and /admin to /admin/', async () => {
    const res = await fetch(`${base}/admin`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/admin/');
  });

  it("answers a browser's /favicon.ico probe with the back office's icon", async () => {
    const res = await fetch(`${base}/favicon.ico`, { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/admin/favicon.svg');
  });

  it('serves index.html for the app and for any screen path, never cached', async () => {
    for (const path of ['/admin/', '/admin/cases/123']) {
      const res = await fetch(base + path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toContain('后台');
    }
  });

  it('serves hashed assets with their type, cached for good', async () => {
    const res = await fetch(`${base}/admin/assets/app-1234.js`);
    expect(res.headers.get('content-type')).toContain('text/javascript');
    expect(res.headers.get('cache-control')).toContain('immutable');
    expect(await res.text()).toBe('console.log(1)');
  });

  it('never serves a file outside the build', async () => {
    const res = await fetch(`${base}/admin/..%2f..%2foutside-admin.txt`);
    expect(await res.text()).not.toContain('secret');
  });

  it('leaves other paths to GraphQL', async () => {
    const res = await fetch(`${base}/graphql`);
    expect(await res.text()).toBe('not mine');
  });

  it('knows when the build is older than its sources', () => {
    const app = mkdtempSync(join(tmpdir(), 'onedoor-admin-src-'));
    mkdirSync(join(app, 'src'));
    mkdirSync(join(app, 'dist'));
    writeFileSync(join(app, 'src', 'main.tsx'), 'x');
    writeFileSync(join(app, 'dist', 'index.html'), 'x');
    utimesSync(join(app, 'src', 'main.tsx'), new Date('2026-01-01'), new Date('2026-01-01'));
    utimesSync(join(app, 'src'), new Date('2026-01-01'), new Date('2026-01-01'));
    expect(adminBuildIsStale(app)).toBe(false);
    utimesSync(join(app, 'src', 'main.tsx'), new Date(), new Date(Date.now() + 60_000));
    expect(adminBuildIsStale(app)).toBe(true);
    rmSync(app, { recursive: true, force: true });
  });
});
