import { graphqlClient, type GraphQLResponse, onlyError, testToken } from '../support/client';
import { randomUUID } from 'node:crypto';
import {
  type AccountRow,
  createFieldCipher,
  createPeopleRepository,
  type Database,
  type FieldCipher,
  hashPassword,
  nationalIdCheckChar,
  type NewPoolMembership,
  type PeopleRepository,
  type Role,
} from '@onedoor/db';
import { peopleSubgraph } from '@onedoor/people';
import { createPeerClient, type KitConfig, loadConfig, startSubgraph } from '@onedoor/subgraph-kit';
import { openTestDatabase, StatementCounter } from '../support/database';

/** A clock the test moves by hand (lockouts expire without sleeping). */
export interface TestClock {
  now(): Date;
  advance(ms: number): void;
}

export interface PeopleServer {
  db: Database;
  repo: PeopleRepository;
  cipher: FieldCipher;
  config: KitConfig;
  clock: TestClock;
  counter: StatementCounter;
  /** Posts an operation straight to the people subgraph, as the gateway would, with the token if given. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
  ): Promise<GraphQLResponse<T>>;
  /** A token for a synthetic account with these roles. */
  tokenFor(roles: Role[]): Promise<string>;
  /** A real account (with its person) that can sign in with `password`. */
  addAccount(options: { username: string; password: string; roles: Role[]; disabled?: boolean }): Promise<AccountRow>;
  /** Registers a person through the API as centre staff; returns the new id. */
  registerPerson(input: Record<string, unknown>): Promise<string>;
  addMembership(values: Omit<NewPoolMembership, 'personId'> & { personId?: string }): Promise<string>;
  stop(): Promise<void>;
}

/** The people subgraph alone on a fresh database (PGlite or PostgreSQL, per vitest project), over HTTP. */
export async function startPeopleServer(start = new Date('2026-03-02T01:30:00Z')): Promise<PeopleServer> {
  const counter = new StatementCounter();
  const opened = await openTestDatabase({ logger: counter });
  const config = loadConfig({ NODE_ENV: 'test' });
  const cipher = createFieldCipher(config.dataKey);
  let current = start.getTime();
  const clock: TestClock = {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms;
    },
  };
  const running = await startSubgraph(
    peopleSubgraph,
    {
      db: opened.db,
      clock,
      cipher,
      config,
      peers: createPeerClient({}, config.gatewaySecret),
    },
    { port: 0 },
  );
  const repo = createPeopleRepository(opened.db);

  const gql = graphqlClient(running.url, config.gatewaySecret);
  const tokenFor = (roles: Role[]) => testToken(config, roles);
  let staffToken: Promise<string> | undefined;

  const server: PeopleServer = {
    db: opened.db,
    repo,
    cipher,
    config,
    clock,
    counter,
    gql,
    tokenFor,
    async addAccount({ username, password, roles, disabled = false }) {
      const person = await repo.insertPerson({ name: `${username} (staff)` });
      return repo.insertAccount({
        personId: person.id,
        username,
        passwordHash: await hashPassword(password),
        roles,
        disabled,
      });
    },
    async registerPerson(input) {
      const res = await gql<{ registerPerson: { id: string } }>(
        'mutation($i: RegisterPersonInput!) { registerPerson(input: $i) { id } }',
        { i: input },
        await (staffToken ??= tokenFor(['CENTRE_STAFF'])),
      );
      if (!res.data?.registerPerson) throw new Error(`registerPerson failed: ${JSON.stringify(res.errors)}`);
      return res.data.registerPerson.id;
    },
    async addMembership({ personId, ...values }) {
      const pid = personId ?? (await repo.insertPerson({ name: `member ${randomUUID().slice(0, 8)}` })).id;
      return (await repo.insertMembership({ ...values, personId: pid })).id;
    },
    async stop() {
      await running.stop();
      await opened.close();
    },
  };
  return server;
}

/** A valid 居民身份证号 for a birth date (YYYYMMDD) and a 3-digit sequence (odd: male), in Linyi (371322). */
export function nationalId(birth: string, sequence: number, region = '371322'): string {
  const first17 = `${region}${birth}${String(sequence).padStart(3, '0')}`;
  return first17 + nationalIdCheckChar(first17);
}

export { onlyError, type GraphQLResponse };
