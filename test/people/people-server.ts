import { randomUUID } from 'node:crypto';
import { nationalIdCheckChar, type Role } from '@onedoor/db';
import {
  type AccountRow,
  createPeopleRepository,
  hashPassword,
  type NewPoolMembership,
  type PeopleRepository,
} from '@onedoor/db/people';
import { peopleSubgraph } from '@onedoor/people';
import { type GraphQLResponse, onlyError } from '../support/client';
import { TestClock } from '../support/clock';
import { startSubgraphHarness, type SubgraphHarness } from '../support/subgraph';

/** The people subgraph alone (the shared single-subgraph harness), with the helpers its suites build data with. */
export interface PeopleServer extends SubgraphHarness {
  repo: PeopleRepository;
  /** A real account (with its person) that can sign in with `password`. */
  addAccount(options: { username: string; password: string; roles: Role[]; disabled?: boolean }): Promise<AccountRow>;
  /** Registers a person through the API as centre staff; returns the new id. */
  registerPerson(input: Record<string, unknown>): Promise<string>;
  addMembership(values: Omit<NewPoolMembership, 'personId'> & { personId?: string }): Promise<string>;
}

/** Half past nine on Monday 2 March 2026 in Beijing, when the people suites start unless told otherwise. */
const START = new Date('2026-03-02T01:30:00Z');

export async function startPeopleServer(start = START): Promise<PeopleServer> {
  const harness = await startSubgraphHarness(peopleSubgraph, { clock: new TestClock(start) });
  const repo = createPeopleRepository(harness.db);
  let staffToken: Promise<string> | undefined;
  return {
    ...harness,
    repo,
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
      const res = await harness.gql<{ registerPerson: { id: string } }>(
        'mutation($i: RegisterPersonInput!) { registerPerson(input: $i) { id } }',
        { i: input },
        await (staffToken ??= harness.tokenFor(['CENTRE_STAFF'])),
      );
      if (!res.data?.registerPerson) throw new Error(`registerPerson failed: ${JSON.stringify(res.errors)}`);
      return res.data.registerPerson.id;
    },
    async addMembership({ personId, ...values }) {
      const pid = personId ?? (await repo.insertPerson({ name: `member ${randomUUID().slice(0, 8)}` })).id;
      return (await repo.insertMembership({ ...values, personId: pid })).id;
    },
  };
}

/** A valid 居民身份证号 for a birth date (YYYYMMDD) and a 3-digit sequence (odd: male), in Linyi (371322). */
export function nationalId(birth: string, sequence: number, region = '371322'): string {
  const first17 = `${region}${birth}${String(sequence).padStart(3, '0')}`;
  return first17 + nationalIdCheckChar(first17);
}

export { onlyError, type GraphQLResponse };
