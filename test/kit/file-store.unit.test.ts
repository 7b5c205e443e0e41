import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localFileStore, sha256Hex } from '@onedoor/subgraph-kit';
import { afterEach, describe, expect, it } from 'vitest';

describe('the local file store', () => {
  const roots: string[] = [];
  const fresh = () => {
    const root = mkdtempSync(join(tmpdir(), 'onedoor-store-'));
    roots.push(root);
    return root;
  };
  afterEach(() => {
    for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  });

  it('keeps bytes under their SHA-256 and gives them back, once however often they are stored', async () => {
    const root = fresh();
    const store = localFileStore(root);
    const bytes = new TextEncoder().encode('受理告知书');
    const first = await store.put(bytes);
    const again = await store.put(bytes);
    expect(first).toEqual({ sha256: sha256Hex(bytes), size: bytes.byteLength });
    expect(again).toEqual(first);
    expect(await store.has(first.sha256)).toBe(true);
    expect(new TextDecoder().decode((await store.get(first.sha256)) ?? new Uint8Array())).toBe('受理告知书');
    expect(readdirSync(join(root, first.sha256.slice(0, 2)))).toEqual([first.sha256]);
  });

  it('answers null for bytes it does not hold and refuses a key that is not a checksum', async () => {
    const store = localFileStore(fresh());
    expect(await store.get('0'.repeat(64))).toBeNull();
    expect(await store.has('0'.repeat(64))).toBe(false);
    await expect(store.get('../../etc/passwd')).rejects.toThrow(/Not a SHA-256/);
  });
});
