import { GATEWAY_SECRET_HEADER, signToken } from '@onedoor/subgraph-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.stop());

async function post(url: string, query: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return {
    status: res.status,
    body: (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] },
  };
}

describe('identity and trust', () => {
  it.each(['cases', 'people', 'grid', 'funds'] as const)(
    'the %s subgraph refuses a caller without the gateway secret',
    async (name) => {
      const token = await stack.tokenFor(['ADMIN']);
      const res = await post(stack.subgraphUrls[name], '{ __typename }', { authorization: `Bearer ${token}` });
      expect(res.status).toBe(403);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const wrong = await post(stack.subgraphUrls[name], '{ __typename }', {
        [GATEWAY_SECRET_HEADER]: 'guess-guess-guess-guess',
      });
      expect(wrong.status).toBe(403);
    },
  );

  it('a subgraph called with the secret but no token still asks for a sign-in', async () => {
    const res = await post(stack.subgraphUrls.cases, '{ cases { totalCount } }', {
      [GATEWAY_SECRET_HEADER]: stack.config.gatewaySecret,
    });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['cases', '{ cases { totalCount } }'],
    ['people', '{ persons { totalCount } }'],
    ['grid', '{ gridUnits { totalCount } }'],
    ['funds', '{ funds { totalCount } }'],
  ])('an operation on %s without a token gets UNAUTHENTICATED', async (_name, query) => {
    const res = await stack.gql(query);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a forged or expired token is refused at the gateway with 401', async () => {
    const forged = await signToken(
      {
        accountId: '00000000-0000-4000-8000-000000000009',
        personId: '00000000-0000-4000-8000-000000000009',
        username: 'x',
        roles: ['ADMIN'],
        organisationId: null,
      },
      'not-the-secret-not-the-secret-not-the-secret',
      '1h',
    );
    const res = await post(stack.gatewayUrl, '{ cases { totalCount } }', { authorization: `Bearer ${forged}` });
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const expired = await signToken(
      {
        accountId: '00000000-0000-4000-8000-000000000009',
        personId: '00000000-0000-4000-8000-000000000009',
        username: 'x',
        roles: ['ADMIN'],
        organisationId: null,
      },
      stack.config.jwtSecret,
      '-1m',
    );
    expect(
      (await post(stack.gatewayUrl, '{ cases { totalCount } }', { authorization: `Bearer ${expired}` })).status,
    ).toBe(401);
  });

  it('login and the public tracking query need no token', async () => {
    const login = await stack.gql<{ login: { token: string } }>(
      'mutation { login(input: { username: "staff", password: "onedoor-demo" }) { token } }',
    );
    expect(login.data!.login.token.split('.')).toHaveLength(3);
    const track = await stack.gql<{ trackCase: unknown }>(
      '{ trackCase(trackingCode: "NOSUCHCODE", phoneLast4: "1234") { number } }',
    );
    expect(track.errors).toBeUndefined();
    expect(track.data!.trackCase).toBeNull();
  });

  it('a wrong password is refused without saying which part was wrong', async () => {
    const res = await stack.gql('mutation { login(input: { username: "staff", password: "nope" }) { token } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an operation nested deeper than the gateway allows', async () => {
    const deep = `{ gridUnits(first: 1) { nodes { ${'parent { '.repeat(16)}id${' }'.repeat(16)} } } }`;
    const res = await stack.gql(deep, {}, await stack.tokenFor(['ADMIN']));
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0]?.message).toMatch(/limit is 15/);
  });
});
