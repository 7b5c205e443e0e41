import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onlyError } from '../support/client';
import { TestClock } from '../support/clock';
import { startTestStack, type TestStack } from '../support/stack';
import { countRows, ok, refusedUnchanged } from './helpers';

let stack: TestStack;
let staff: string;
let departments: { id: string; code: string; name: string }[];
const clock = new TestClock(new Date('2026-11-20T02:00:00Z'));

const ADD = `mutation($i: AddResidencyInput!) { addResidency(input: $i) { id mode window organisation { id } } }`;
const PLAN = `mutation($i: PlanMonthlyRotationInput!) { planMonthlyRotation(input: $i) { organisation { id } mode window startsOn endsOn caseLoad } }`;
const RESIDENTS = `query($d: Date!) { residentsOn(date: $d) { mode window startsOn endsOn organisation { id name } } }`;

/** Cases routed to each department and received September to November (Asia/Shanghai), counted by the cases subgraph. */
async function loads(): Promise<Map<string, number>> {
  const fields = departments.map(
    (d, i) =>
      `d${i}: cases(filter: { responsibleUnitId: "${d.id}", receivedFrom: "2026-09-01T00:00:00+08:00", receivedTo: "2026-12-01T00:00:00+08:00" }, first: 0) { totalCount }`,
  );
  const data = ok(await stack.gql<Record<string, { totalCount: number }>>(`{ ${fields.join('\n')} }`, {}, staff));
  return new Map(departments.map((d, i) => [d.id, data[`d${i}`]!.totalCount]));
}

beforeAll(async () => {
  stack = await startTestStack({ clock, now: clock.now() });
  staff = await stack.login('staff');
  departments = ok(
    await stack.gql<{ organisations: { nodes: { id: string; code: string; name: string }[] } }>(
      '{ organisations(filter: { kind: DEPARTMENT }, first: 100) { nodes { id code name } } }',
      {},
      staff,
    ),
  ).organisations.nodes;
});
afterAll(() => stack?.stop());

describe('the residency roster', () => {
  it('the monthly rotation picks the busiest departments that are not already resident', async () => {
    const load = await loads();
    const seeded = ok(
      await stack.gql<{ residentsOn: { mode: string; organisation: { id: string } }[] }>(
        RESIDENTS,
        { d: '2026-12-15' },
        staff,
      ),
    )
      .residentsOn.filter((r) => r.mode === 'PERMANENT')
      .map((r) => r.organisation.id);
    expect(seeded).toHaveLength(13);
    const busiest = departments
      .filter((d) => !seeded.includes(d.id))
      .sort((a, b) => load.get(b.id)! - load.get(a.id)! || a.code.localeCompare(b.code));
    expect(load.get(busiest[0]!.id)).toBeGreaterThan(0);
    // Two more become permanent residents (常驻): the rotation must pass them over too.
    for (const [i, d] of busiest.slice(0, 2).entries()) {
      ok(
        await stack.gql(
          ADD,
          { i: { organisationId: d.id, mode: 'PERMANENT', window: `${20 + i}号窗口`, startsOn: '2026-11-01' } },
          staff,
        ),
      );
    }
    const expected = busiest.slice(2, 6);
    const plan = ok(
      await stack.gql<{
        planMonthlyRotation: {
          organisation: { id: string };
          window: string;
          startsOn: string;
          endsOn: string;
          caseLoad: number;
        }[];
      }>(PLAN, { i: { month: '2026-12', windows: ['5号窗口', '6号窗口', '7号窗口', '8号窗口'] } }, staff),
    ).planMonthlyRotation;
    expect(plan.map((r) => r.organisation.id)).toEqual(expected.map((d) => d.id));
    expect(plan.map((r) => r.caseLoad)).toEqual(expected.map((d) => load.get(d.id)));
    expect(plan[0]).toMatchObject({ window: '5号窗口', startsOn: '2026-12-01', endsOn: '2026-12-31' });

    // Planning again replaces the month's rotation rather than adding to it.
    ok(await stack.gql(PLAN, { i: { month: '2026-12', count: 3 } }, staff));
    const december = ok(
      await stack.gql<{ residentsOn: { mode: string; organisation: { id: string } }[] }>(
        RESIDENTS,
        { d: '2026-12-15' },
        staff,
      ),
    ).residentsOn;
    expect(
      december
        .filter((r) => r.mode === 'PERMANENT')
        .map((r) => r.organisation.id)
        .sort(),
    ).toEqual([...seeded, ...busiest.slice(0, 2).map((d) => d.id)].sort());
    expect(
      december
        .filter((r) => r.mode === 'ROTATING')
        .map((r) => r.organisation.id)
        .sort(),
    ).toEqual(
      expected
        .slice(0, 3)
        .map((d) => d.id)
        .sort(),
    );
    const january = ok(
      await stack.gql<{ residentsOn: { mode: string }[] }>(RESIDENTS, { d: '2027-01-05' }, staff),
    ).residentsOn;
    expect(january.filter((r) => r.mode === 'ROTATING')).toEqual([]);
    expect(january.filter((r) => r.mode === 'PERMANENT')).toHaveLength(15);
  });

  it('an unknown organisation is bad input on input.organisationId and writes nothing', async () => {
    const err = await refusedUnchanged(
      () => countRows(stack, 'grid.residencies'),
      () =>
        stack.gql(
          ADD,
          { i: { organisationId: '00000000-0000-4000-8000-000000000009', mode: 'ON_CALL', startsOn: '2026-12-01' } },
          staff,
        ),
    );
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.organisationId' });
  });

  it('a residency ending before it starts is bad input on input.endsOn', async () => {
    const err = onlyError(
      await stack.gql(
        ADD,
        { i: { organisationId: departments[0]!.id, mode: 'ON_CALL', startsOn: '2026-12-10', endsOn: '2026-12-01' } },
        staff,
      ),
    );
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.endsOn' });
  });
});
