import { downloadLink, openFileStore, signFileToken } from '@onedoor/subgraph-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/stack';

let stack: TestStack;
let origin: string;
const bytes = new TextEncoder().encode('%PDF-1.7 受理告知书');
let sha256: string;
beforeAll(async () => {
  stack = await startTestStack({ seed: false });
  origin = new URL(stack.gatewayUrl).origin;
  ({ sha256 } = await openFileStore(stack.config).put(bytes));
});
afterAll(() => stack?.stop());

const claims = () => ({ sha256, fileName: '受理告知书 2026-000123.pdf', contentType: 'application/pdf' });

describe('the gateway file door', () => {
  it('serves the bytes of a signed link with their name and type, never sniffed', async () => {
    const res = await fetch(origin + (await downloadLink(claims(), stack.config.jwtSecret)));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(decodeURIComponent(res.headers.get('content-disposition') ?? '')).toContain('受理告知书 2026-000123.pdf');
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(bytes);
  });

  it('refuses a link without a token, with a forged or expired one, or for other bytes', async () => {
    const good = await downloadLink(claims(), stack.config.jwtSecret);
    const token = new URL(good, origin).searchParams.get('token')!;
    const expired = await signFileToken(
      'download',
      claims(),
      stack.config.jwtSecret,
      Math.floor(Date.now() / 1000) - 60,
    );
    const forged = await signFileToken('download', claims(), 'someone-else-secret-0123456789abcdef', '10m');
    const asUpload = await signFileToken('upload', claims(), stack.config.jwtSecret, '10m');
    const attempts = [
      `/files/${sha256}`,
      `/files/${sha256}?token=${expired}`,
      `/files/${sha256}?token=${forged}`,
      `/files/${sha256}?token=${asUpload}`,
      `/files/${'0'.repeat(64)}?token=${token}`,
    ];
    for (const path of attempts) {
      const res = await fetch(origin + path);
      expect(res.status, path).toBe(403);
      expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
        'FORBIDDEN',
      );
    }
  });

  it('answers 404 for a valid link whose bytes are not stored, and 405 for a write', async () => {
    const missing = await downloadLink({ ...claims(), sha256: 'f'.repeat(64) }, stack.config.jwtSecret);
    expect((await fetch(origin + missing)).status).toBe(404);
    expect((await fetch(origin + `/files/${sha256}`, { method: 'DELETE' })).status).toBe(405);
  });
});
