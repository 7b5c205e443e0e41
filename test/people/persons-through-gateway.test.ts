import { accessLogTable, auditEventsTable } from '@onedoor/db/audit';
import { categoriesTable } from '@onedoor/db/cases';
import { and, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/stack';
import { nationalId } from './people-server';

let stack: TestStack;
let staff: string;
let admin: string;
let keep: string;
let duplicate: string;
const caseIds: string[] = [];
const memberships: Record<string, string> = {};

const gql = async <T>(query: string, variables: Record<string, unknown>, token: string) => {
  const res = await stack.gql<T>(query, variables, token);
  if (!res.data || res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data;
};

async function register(input: Record<string, unknown>): Promise<string> {
  return (
    await gql<{ registerPerson: { id: string } }>(
      'mutation($i: RegisterPersonInput!) { registerPerson(input: $i) { id } }',
      { i: input },
      staff,
    )
  ).registerPerson.id;
}

beforeAll(async () => {
  stack = await startTestStack();
  staff = await stack.tokenFor(['CENTRE_STAFF']);
  admin = await stack.tokenFor(['ADMIN']);
  const officer = await stack.tokenFor(['FUND_OFFICER']);
  // The same woman registered twice: once with her id card at the desk, once by phone without it.
  keep = await register({
    name: '何秀兰',
    nationalId: nationalId('19600512', 246),
    phone: '13755550123',
    vulnerabilities: ['ELDERLY'],
  });
  duplicate = await register({
    name: '何秀兰',
    phone: '137 5555 0123',
    address: '东岳县青云镇',
    vulnerabilities: ['EXTREME_HARDSHIP'],
  });
  for (const [key, personId, pool] of [
    ['keepObserver', keep, 'OBSERVER'],
    ['dupObserver', duplicate, 'OBSERVER'],
    ['dupVolunteer', duplicate, 'VOLUNTEER'],
  ] as const) {
    memberships[key] = (
      await gql<{ addPoolMember: { id: string } }>(
        'mutation($i: AddPoolMemberInput!) { addPoolMember(input: $i) { id } }',
        { i: { personId, pool } },
        staff,
      )
    ).addPoolMember.id;
  }
  const place = (
    await gql<{ gridUnits: { nodes: { id: string }[] } }>(
      '{ gridUnits(first: 1, filter: { level: GRID }) { nodes { id } } }',
      {},
      staff,
    )
  ).gridUnits.nodes[0]!.id;
  const [sub] = await stack.db.select().from(categoriesTable).where(isNotNull(categoriesTable.parentId)).limit(1);
  const funds = await gql<{ funds: { nodes: { id: string; balance: string }[] } }>(
    '{ funds(first: 20) { nodes { id balance } } }',
    {},
    admin,
  );
  const fund = funds.funds.nodes.find((f) => BigInt(f.balance) > 100_000n)!;
  for (const petitioner of [keep, duplicate]) {
    const c = await gql<{ registerCase: { id: string } }>(
      'mutation($i: RegisterCaseInput!) { registerCase(input: $i) { id } }',
      {
        i: {
          channel: 'VISIT',
          categoryId: sub!.id,
          title: '低保资格被取消',
          description: '老人低保资格被取消，生活困难。',
          petitionerIds: [petitioner],
          gridUnitId: place,
          contactPhone: '13755550123',
        },
      },
      staff,
    );
    caseIds.push(c.registerCase.id);
    await gql(
      'mutation($i: RecordDisbursementInput!) { recordDisbursement(input: $i) { id } }',
      {
        i: {
          fundId: fund.id,
          caseId: c.registerCase.id,
          personId: petitioner,
          amount: '50000',
          purpose: '临时生活救助',
          idempotencyKey: `merge-${petitioner}`,
        },
      },
      officer,
    );
  }
}, 120_000);
afterAll(() => stack?.stop());

describe('duplicate persons', () => {
  it('are found by the same name and phone', async () => {
    const groups = await gql<{ duplicatePersons: { reason: string; persons: { id: string }[] }[] }>(
      '{ duplicatePersons(first: 200) { reason persons { id } } }',
      {},
      staff,
    );
    expect(groups.duplicatePersons).toContainEqual({
      reason: 'SAME_NAME_AND_PHONE',
      persons: [{ id: keep }, { id: duplicate }],
    });
  });

  it('a handler may neither list nor merge them', async () => {
    const handler = await stack.tokenFor(['HANDLER']);
    expect((await stack.gql('{ duplicatePersons { reason } }', {}, handler)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const res = await stack.gql(
      'mutation($i: MergePersonsInput!) { mergePersons(input: $i) { id } }',
      { i: { survivorId: keep, duplicateId: duplicate } },
      handler,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('merging keeps every case and disbursement of both records reachable', async () => {
    const merged = await gql<{ mergePersons: { id: string; address: string; vulnerabilities: string[] } }>(
      'mutation($i: MergePersonsInput!) { mergePersons(input: $i) { id address vulnerabilities } }',
      { i: { survivorId: keep, duplicateId: duplicate } },
      staff,
    );
    expect(merged.mergePersons).toEqual({
      id: keep,
      address: '东岳县青云镇',
      vulnerabilities: ['ELDERLY', 'EXTREME_HARDSHIP'],
    });

    // Each case still names its petitioner by the id it stored, which now resolves to the surviving record.
    for (const [i, id] of caseIds.entries()) {
      const c = await gql<{ case: { petitioners: { id: string; currentId: string; address: string | null }[] } }>(
        'query($id: ID!) { case(id: $id) { petitioners { id currentId address } } }',
        { id },
        admin,
      );
      expect(c.case.petitioners).toEqual([{ id: [keep, duplicate][i], currentId: keep, address: '东岳县青云镇' }]);
    }
    const byOldId = await gql<{ cases: { totalCount: number } }>(
      'query($p: ID!) { cases(filter: { petitionerId: $p }) { totalCount } }',
      { p: duplicate },
      admin,
    );
    expect(byOldId.cases.totalCount).toBe(1);
    // Both payments, and the relief total across the merged records.
    const paid = await gql<{
      person: {
        id: string;
        reliefReceived: { count: number };
        mergedFrom: { id: string; reliefReceived: { count: number; total: string } }[];
      };
    }>(
      'query($id: ID!) { person(id: $id) { id reliefReceived { count } mergedFrom { id reliefReceived { count total } } } }',
      { id: duplicate },
      admin,
    );
    expect(paid.person).toEqual({
      id: keep,
      reliefReceived: { count: 1 },
      mergedFrom: [{ id: duplicate, reliefReceived: { count: 1, total: '50000' } }],
    });
    const payments = await gql<{ disbursements: { nodes: { person: { currentId: string } }[] } }>(
      'query($p: ID!) { disbursements(filter: { personId: $p }) { nodes { person { currentId } } } }',
      { p: duplicate },
      admin,
    );
    expect(payments.disbursements.nodes).toEqual([{ person: { currentId: keep } }]);
  });

  it("moves memberships; where both were in one pool, the duplicate's is retired but still resolves", async () => {
    const survivor = await gql<{ person: { poolMemberships: { id: string; pool: string; status: string }[] } }>(
      'query($id: ID!) { person(id: $id) { poolMemberships { id pool status } } }',
      { id: keep },
      staff,
    );
    expect(survivor.person.poolMemberships).toEqual([
      { id: memberships.keepObserver, pool: 'OBSERVER', status: 'ACTIVE' },
      { id: memberships.dupVolunteer, pool: 'VOLUNTEER', status: 'ACTIVE' },
    ]);
    const left = await gql<{
      mediator: { status: string; person: { id: string }; statusHistory: { to: string; reason: string }[] };
    }>(
      'query($id: ID!) { mediator(id: $id) { status person { id } statusHistory { to reason } } }',
      { id: memberships.dupObserver },
      staff,
    );
    expect(left.mediator).toEqual({
      status: 'RETIRED',
      person: { id: keep },
      statusHistory: [
        { to: 'ACTIVE', reason: 'joined' },
        { to: 'RETIRED', reason: `merged into person ${keep}` },
      ],
    });
  });

  it('is recorded: the merged record is no longer listed, and the merge is audited', async () => {
    const listed = await gql<{ persons: { nodes: { id: string }[] } }>(
      '{ persons(filter: { search: "何秀兰" }) { nodes { id } } }',
      {},
      staff,
    );
    expect(listed.persons.nodes).toEqual([{ id: keep }]);
    const events = await stack.db.select().from(auditEventsTable).where(eq(auditEventsTable.action, 'mergePersons'));
    expect(events).toHaveLength(1);
    expect(events[0]!.data).toMatchObject({ duplicateId: duplicate });
  });

  it('merging a record that was already merged is a conflict, and a record into itself bad input', async () => {
    const again = await stack.gql(
      'mutation($i: MergePersonsInput!) { mergePersons(input: $i) { id } }',
      { i: { survivorId: keep, duplicateId: duplicate } },
      staff,
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.duplicateId' });
    const self = await stack.gql(
      'mutation($i: MergePersonsInput!) { mergePersons(input: $i) { id } }',
      { i: { survivorId: keep, duplicateId: keep } },
      staff,
    );
    expect(self.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.duplicateId' });
  });
});

describe('personal identifiers through the gateway', () => {
  const EVERYWHERE = `query($id: ID!, $case: ID!) {
    person(id: $id) { nationalId phone mergedFrom { nationalId phone } }
    case(id: $case) { petitioners { nationalId phone } }
    mediators(first: 50) { nodes { person { nationalId phone } } }
    persons(first: 50) { nodes { nationalId phone } }
  }`;
  const fullId = /\d{17}[\dX]/;

  it('no query shows a leader or an auditor an unmasked national id or phone', async () => {
    for (const role of ['LEADER', 'AUDITOR'] as const) {
      const res = await stack.gql<{ person: { nationalId: string; phone: string } }>(
        EVERYWHERE,
        { id: keep, case: caseIds[0] },
        await stack.tokenFor([role]),
      );
      expect(res.errors).toBeUndefined();
      const { person } = res.data!;
      expect(person.nationalId).toMatch(/^\d{3}\*{11}\d{4}$/);
      expect(person.phone).toBe('137****0123');
      expect(JSON.stringify(res.data)).not.toMatch(fullId);
      expect(JSON.stringify(res.data)).not.toMatch(/1[3-9]\d{9}/);
      expect(
        (await stack.gql('query { exportPool(pool: PEOPLES_MEDIATOR) }', {}, await stack.tokenFor([role]))).errors?.[0]
          ?.extensions?.code,
      ).toBe('FORBIDDEN');
    }
  });

  it('an administrator sees them in full, and the unmasking is written to the access log', async () => {
    const token = await stack.tokenFor(['ADMIN']);
    const res = await stack.gql<{ person: { nationalId: string } }>(
      'query($id: ID!) { person(id: $id) { nationalId } }',
      { id: keep },
      token,
    );
    expect(res.data!.person.nationalId).toBe(nationalId('19600512', 246));
    const log = await stack.db
      .select()
      .from(accessLogTable)
      .where(and(eq(accessLogTable.entityId, keep), eq(accessLogTable.field, 'nationalId')));
    expect(log.length).toBeGreaterThan(0);
  });
});

describe('identifiers are checked at the gateway too', () => {
  const REGISTER = 'mutation($i: RegisterPersonInput!) { registerPerson(input: $i) { id } }';
  it.each([
    [
      'a bad check digit',
      {
        nationalId: (() => {
          const id = nationalId('19700101', 12);
          return id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
        })(),
      },
      'input.nationalId',
      /check digit/,
    ],
    [
      'a birth date that does not exist',
      { nationalId: nationalId('19700230', 12) },
      'input.nationalId',
      /not a real date/,
    ],
    ['a phone that is neither mobile nor landline', { phone: '1234567' }, 'input.phone', /mobile/],
  ])('%s is refused naming the field', async (_what, input, field, message) => {
    const res = await stack.gql(REGISTER, { i: { name: '测试', ...input } }, staff);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.errors?.[0]?.message).toMatch(message);
  });
});
