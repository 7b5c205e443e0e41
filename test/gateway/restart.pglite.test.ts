import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startRunner } from '../support/runner';

const dataDir = mkdtempSync(join(tmpdir(), 'onedoor-restart-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function gql<T>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data: T; errors?: unknown[] };
}

describe('pnpm start on the embedded database', () => {
  it('seeds the demo county on first start, and keeps what was written across a stop and a restart', async () => {
    const first = await startRunner({ ONEDOOR_DATA_DIR: dataDir });
    expect(first.output()).toMatch(/seeded/);
    expect(first.output()).toMatch(/admin\s+onedoor-demo/);
    const login = await gql<{ login: { token: string } }>(
      first.gatewayUrl,
      'mutation { login(input: { username: "staff", password: "onedoor-demo" }) { token } }',
    );
    const token = login.data.login.token;
    const refs = await gql<{
      persons: { nodes: { id: string }[] };
      gridUnits: { nodes: { id: string }[] };
      categories: { children: { id: string }[] }[];
    }>(
      first.gatewayUrl,
      '{ persons(first: 1) { nodes { id } } gridUnits(first: 1, filter: { level: GRID }) { nodes { id } } categories { children { id } } }',
      {},
      token,
    );
    const registered = await gql<{ registerCase: { number: string } }>(
      first.gatewayUrl,
      'mutation($i: RegisterCaseInput!) { registerCase(input: $i) { number } }',
      {
        i: {
          channel: 'LETTER',
          categoryId: refs.data.categories[0]!.children[0]!.id,
          title: '重启后仍在',
          description: '写入后重启',
          petitionerIds: [refs.data.persons.nodes[0]!.id],
          gridUnitId: refs.data.gridUnits.nodes[0]!.id,
          contactPhone: '13800001111',
        },
      },
      token,
    );
    expect(registered.errors).toBeUndefined();
    const number = registered.data.registerCase.number;
    expect(await first.stop()).toBe(0);

    const second = await startRunner({ ONEDOOR_DATA_DIR: dataDir });
    try {
      expect(second.output()).not.toMatch(/seeding/);
      const again = await gql<{ login: { token: string } }>(
        second.gatewayUrl,
        'mutation { login(input: { username: "staff", password: "onedoor-demo" }) { token } }',
      );
      const found = await gql<{ caseByNumber: { title: string } | null }>(
        second.gatewayUrl,
        'query($n: String!) { caseByNumber(number: $n) { title } }',
        { n: number },
        again.data.login.token,
      );
      expect(found.data.caseByNumber).toEqual({ title: '重启后仍在' });
    } finally {
      expect(await second.stop()).toBe(0);
    }
  }, 120_000);
});
