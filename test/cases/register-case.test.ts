import { DAY_MS } from '@onedoor/db';
import { auditEventsTable } from '@onedoor/db/audit';
import { caseNumberCountersTable, casesTable, categoriesTable } from '@onedoor/db/cases';
import { count, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/stack';

let stack: TestStack;
let staff: string;
let valid: Record<string, unknown>;

const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterCaseInput!) {
    registerCase(input: $input) {
      id
      number
      trackingCode
      status
      channel
      headCount
      deadlineAt
      receivedAt
      category {
        code
      }
      petitioners {
        id
        name
      }
      place {
        name
      }
    }
  }
`;

async function counts() {
  const [cases] = await stack.db.select({ n: count() }).from(casesTable);
  const [audit] = await stack.db.select({ n: count() }).from(auditEventsTable);
  const counters = await stack.db.select().from(caseNumberCountersTable);
  return { cases: cases!.n, audit: audit!.n, counters };
}

beforeAll(async () => {
  stack = await startTestStack();
  staff = await stack.login('staff');
  const people = await stack.gql<{ persons: { nodes: { id: string }[] } }>(
    '{ persons(first: 2) { nodes { id } } }',
    {},
    staff,
  );
  const places = await stack.gql<{ gridUnits: { nodes: { id: string }[] } }>(
    '{ gridUnits(first: 1, filter: { level: GRID }) { nodes { id } } }',
    {},
    staff,
  );
  const [sub] = await stack.db.select().from(categoriesTable).where(isNotNull(categoriesTable.parentId)).limit(1);
  valid = {
    channel: 'VISIT',
    categoryId: sub!.id,
    title: '拖欠工资三个月未发',
    description: '某建筑工地拖欠农民工工资三个月，多次讨要无果。',
    petitionerIds: people.data!.persons.nodes.map((n) => n.id),
    gridUnitId: places.data!.gridUnits.nodes[0]!.id,
    contactPhone: '13912345678',
  };
});
afterAll(() => stack?.stop());

describe('registering a case at intake', () => {
  it('numbers it, gives a tracking code, starts the 15-day registration clock (Art. 22) and resolves its references', async () => {
    const res = await stack.gql<{
      registerCase: Record<string, unknown> & {
        petitioners: { name: string }[];
        receivedAt: string;
        deadlineAt: string;
      };
    }>(REGISTER, { input: valid }, staff);
    expect(res.errors).toBeUndefined();
    const c = res.data!.registerCase;
    expect(c.number).toMatch(/^\d{4}-\d{6}$/);
    expect(c.trackingCode).toMatch(/^[A-HJ-NP-Z2-9]{10}$/);
    expect(c.status).toBe('REGISTERED');
    expect(c.headCount).toBe(2);
    expect(c.petitioners).toHaveLength(2);
    expect(c.petitioners[0]!.name).toBeTruthy();
    // 15 days, moved on to the next working day when the 15th is a rest day.
    const days = (new Date(c.deadlineAt).getTime() - new Date(c.receivedAt).getTime()) / DAY_MS;
    expect(Number.isInteger(days) && days >= 15 && days <= 17).toBe(true);

    const tracked = await stack.gql<{ trackCase: { number: string; status: string } | null }>(
      'query($c: String!, $p: String!) { trackCase(trackingCode: $c, phoneLast4: $p) { number status } }',
      { c: c.trackingCode, p: '5678' },
    );
    expect(tracked.data!.trackCase).toEqual({ number: c.number, status: 'REGISTERED' });
    const wrongPhone = await stack.gql<{ trackCase: unknown }>(
      'query($c: String!) { trackCase(trackingCode: $c, phoneLast4: "0000") { number } }',
      { c: c.trackingCode },
    );
    expect(wrongPhone.data!.trackCase).toBeNull();
  });

  const refusals: [string, (v: Record<string, unknown>) => Record<string, unknown>, string][] = [
    ['no petitioner', (v) => ({ ...v, petitionerIds: [] }), 'input.petitionerIds'],
    ['a petitioner field left out', ({ petitionerIds: _p, ...v }) => v, 'input.petitionerIds'],
    [
      'a petitioner who does not exist',
      (v) => ({ ...v, petitionerIds: [(v.petitionerIds as string[])[0], '00000000-0000-4000-8000-000000000000'] }),
      'input.petitionerIds.1',
    ],
    ['an unknown category', (v) => ({ ...v, categoryId: '00000000-0000-4000-8000-000000000001' }), 'input.categoryId'],
    ['an unknown grid unit', (v) => ({ ...v, gridUnitId: '00000000-0000-4000-8000-000000000002' }), 'input.gridUnitId'],
    ['a grid unit id that is not an id', (v) => ({ ...v, gridUnitId: 'village-7' }), 'input.gridUnitId'],
    ['a title too long to keep whole', (v) => ({ ...v, title: '长'.repeat(201) }), 'input.title'],
    ['a malformed phone', (v) => ({ ...v, contactPhone: '12345' }), 'input.contactPhone'],
    ['fewer heads than named petitioners', (v) => ({ ...v, headCount: 1 }), 'input.headCount'],
    ['an unknown channel', (v) => ({ ...v, channel: 'CARRIER_PIGEON' }), 'input.channel'],
  ];

  it.each(refusals)(
    'refuses %s with BAD_USER_INPUT naming the field, and writes nothing',
    async (_name, change, field) => {
      const before = await counts();
      const res = await stack.gql(REGISTER, { input: change(valid) }, staff);
      expect(res.data?.registerCase ?? null).toBeNull();
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await counts()).toEqual(before);
    },
  );

  it('refuses a top-level category, asking for one of its sub-categories', async () => {
    const tops = await stack.gql<{ categories: { id: string; children: { id: string }[] }[] }>(
      '{ categories { id children { id } } }',
      {},
      staff,
    );
    expect(tops.data!.categories).toHaveLength(9);
    expect(tops.data!.categories.flatMap((c) => c.children)).toHaveLength(32);
    const res = await stack.gql(REGISTER, { input: { ...valid, categoryId: tops.data!.categories[0]!.id } }, staff);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.categoryId' });
    expect(res.errors?.[0]?.message).toMatch(/sub-categor/);
  });

  it('is refused to a role that does not register cases, and to a caller with no token', async () => {
    const mediator = await stack.tokenFor(['MEDIATOR']);
    const forbidden = await stack.gql(REGISTER, { input: valid }, mediator);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await stack.gql(REGISTER, { input: valid });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('shows a handler only the cases routed to its own organisation (as lead or co-unit)', async () => {
    const handler = await stack.login('handler');
    const me = await stack.gql<{ me: { organisation: { id: string } } }>('{ me { organisation { id } } }', {}, handler);
    const orgId = me.data!.me.organisation.id;
    const res = await stack.gql<{
      cases: {
        nodes: { responsibleUnit: { id: string } | null; units: { unit: { id: string } }[] }[];
        totalCount: number;
      };
    }>('{ cases(first: 200) { totalCount nodes { responsibleUnit { id } units { unit { id } } } } }', {}, handler);
    expect(res.errors).toBeUndefined();
    expect(res.data!.cases.totalCount).toBeGreaterThan(0);
    // Its own: led by it, or shared with it in a split routing (or a re-examination one level up).
    expect(
      res.data!.cases.nodes.every((n) => n.responsibleUnit?.id === orgId || n.units.some((u) => u.unit.id === orgId)),
    ).toBe(true);
    const all = await stack.gql<{ cases: { totalCount: number } }>('{ cases { totalCount } }', {}, staff);
    expect(all.data!.cases.totalCount).toBeGreaterThan(res.data!.cases.totalCount);
  });
});
