import { writeFileSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { loadConfig, openFileStore, sha256Hex } from '@onedoor/subgraph-kit';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { destinationOf } from '../support/connections';
import { JPEG, startS3Server } from '../support/files';

let s3: Awaited<ReturnType<typeof startS3Server>>;
beforeAll(async () => {
  s3 = await startS3Server();
});
afterAll(() => s3?.stop());

describe('the S3-compatible file store', () => {
  it('is the store openFileStore gives when a bucket is configured, and keeps bytes under their checksum', async () => {
    const config = loadConfig({ NODE_ENV: 'test', ...s3.env });
    expect(config.s3).toMatchObject({ bucket: 'onedoor-test', endpoint: s3.endpoint, forcePathStyle: true });
    const store = openFileStore(config);
    const stored = await store.put(JPEG);
    expect(stored).toEqual({ sha256: sha256Hex(JPEG), size: JPEG.byteLength });
    expect(await store.put(JPEG)).toEqual(stored);
    expect(await store.has(stored.sha256)).toBe(true);
    expect(await store.get(stored.sha256)).toEqual(JPEG);
    expect(await store.get('0'.repeat(64))).toBeNull();
    expect(await store.has('0'.repeat(64))).toBe(false);
    await expect(store.get('../../etc/passwd')).rejects.toThrow(/Not a SHA-256/);
  });

  it('talks to the configured endpoint and nowhere else, whatever the AWS environment says', async () => {
    // What would send the SDK elsewhere, were the configuration not complete: AWS's hosts, instance metadata.
    vi.stubEnv('AWS_ENDPOINT_URL', 'http://127.0.0.2:9');
    vi.stubEnv('AWS_ENDPOINT_URL_S3', 'http://127.0.0.2:9');
    vi.stubEnv('AWS_DEFAULTS_MODE', 'auto');
    vi.stubEnv('AWS_REGION', 'cn-north-1');
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'someone-else');
    const connects = vi.spyOn(net.Socket.prototype, 'connect');
    try {
      const store = openFileStore(loadConfig({ NODE_ENV: 'test', ...s3.env }));
      const bytes = new TextEncoder().encode('只走配置的地址');
      const { sha256 } = await store.put(bytes);
      expect(await store.get(sha256)).toEqual(bytes);
      const destinations = new Set(connects.mock.calls.map((args) => destinationOf(args)));
      expect([...destinations]).toEqual([new URL(s3.endpoint).host]);
    } finally {
      connects.mockRestore();
      vi.unstubAllEnvs();
    }
  });

  it('refuses bytes that no longer match their checksum (a store altered behind its back)', async () => {
    const store = openFileStore(loadConfig({ NODE_ENV: 'test', ...s3.env }));
    const { sha256 } = await store.put(new TextEncoder().encode('原件'));
    // s3rver keeps each object in a file of its directory: rewrite it there, as a tampered disk would.
    const object = join(s3.directory, 'onedoor-test', 'files', sha256.slice(0, 2), `${sha256}._S3rver_object`);
    writeFileSync(object, '篡改');
    await expect(store.get(sha256)).rejects.toThrow(/do not match their checksum/);
  });

  it('is refused at start-up when a bucket is named without its endpoint or credentials', () => {
    expect(() => loadConfig({ NODE_ENV: 'test', ONEDOOR_S3_BUCKET: 'b' })).toThrow(
      /ONEDOOR_S3_ENDPOINT, ONEDOOR_S3_ACCESS_KEY_ID, ONEDOOR_S3_SECRET_ACCESS_KEY must be set/,
    );
    expect(loadConfig({ NODE_ENV: 'test' }).s3).toBeUndefined();
  });
});
