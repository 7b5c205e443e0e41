import { DAY_MS, nationalIdCheckChar } from '@onedoor/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Scenarios, startCaseScenarios } from './support';

/**
 * The cases list's search box as a clerk uses it: a petitioner's name, phone or identity number as the
 * citizen gives it, the tracking code or number from a receipt, the 12345 work order, a word of the title;
 * and the clock filters a supervisor works with. Seeded county around it, so every search has company.
 */
let s: Scenarios;
let found: { id: string; number: string; trackingCode: string };
let handlerOfUnit: string;
let handlerElsewhere: string;

/** A valid identity number whose check character is X (typed here in lower case, as people do). */
function nationalIdEndingInX(): string {
  for (let sequence = 0; sequence < 1000; sequence += 1) {
    const first17 = `37132919850312${String(sequence).padStart(3, '0')}`;
    if (nationalIdCheckChar(first17) === 'X') return `${first17}x`;
  }
  throw new Error('no such id');
}
const NATIONAL_ID = nationalIdEndingInX();
const ORDER_NUMBER = 'GD20260302-0457';
const TITLE_WORD = '琉璃瓦厂';

const SEARCH = `query($f: CaseFilter) { cases(filter: $f, first: 200) { totalCount nodes { id number warning } } }`;

async function search(filter: Record<string, unknown>, token = s.staff) {
  const res = await s.stack.gql<{
    cases: { totalCount: number; nodes: { id: string; number: string; warning: string }[] };
  }>(SEARCH, { f: filter }, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.cases;
}
const numbers = async (filter: Record<string, unknown>, token = s.staff) =>
  (await search(filter, token)).nodes.map((n) => n.number);

beforeAll(async () => {
  s = await startCaseScenarios();
  const person = await s.must<{ registerPerson: { id: string } }>(
    'mutation($i: RegisterPersonInput!) { registerPerson(input: $i) { id } }',
    { i: { name: '李建国', phone: '13805312468', nationalId: NATIONAL_ID } },
    s.staff,
  );
  const registered = await s.register({
    channel: 'HOTLINE_12345',
    externalOrderNumber: ORDER_NUMBER,
    title: `${TITLE_WORD}拖欠工资三个月`,
    petitionerIds: [person.registerPerson.id],
  });
  await s.step('routeCase', registered.id, { leadUnitId: s.ids.humanResources, reason: '劳动报酬争议' });
  const read = await s.must<{ case: { trackingCode: string } }>(
    'query($id: ID!) { case(id: $id) { trackingCode } }',
    { id: registered.id },
    s.staff,
  );
  found = { id: registered.id, number: registered.number, trackingCode: read.case.trackingCode };
  handlerOfUnit = await s.stack.tokenFor(['HANDLER'], s.ids.humanResources);
  handlerElsewhere = await s.stack.tokenFor(['HANDLER'], s.ids.housing);
});
afterAll(() => s?.stack.stop());

describe('one search box finds a case the way people ask', () => {
  const keys: [string, () => string][] = [
    ['the petitioner’s name', () => '李建国'],
    ['the phone as typed with hyphens', () => '138-0531-2468'],
    ['the phone with spaces and +86', () => '+86 138 0531 2468'],
    ['the last four digits of the phone', () => '2468'],
    ['the identity number with a lower-case x', () => NATIONAL_ID],
    ['the tracking code, in lower case', () => found.trackingCode.toLowerCase()],
    ['the case number', () => found.number],
    ['the case number without its zeros', () => found.number.replace(/-0+/, '-')],
    ['the 12345 work order number', () => ORDER_NUMBER],
    ['a word of the title', () => TITLE_WORD],
    ['two words of the title, in another order', () => '工资 琉璃'],
  ];

  it.each(keys)('staff find it by %s', async (_, term) => {
    expect(await numbers({ search: term() })).toContain(found.number);
  });

  it.each(keys)('the handler of the unit it was routed to finds it by %s', async (_, term) => {
    expect(await numbers({ search: term() }, handlerOfUnit)).toContain(found.number);
  });

  it.each(keys)('a handler of another organisation does not find it by %s', async (_, term) => {
    expect(await numbers({ search: term() }, handlerElsewhere)).not.toContain(found.number);
  });

  it('the unique keys find that case alone', async () => {
    for (const term of [found.trackingCode, found.number, ORDER_NUMBER, '138 0531 2468', NATIONAL_ID.toUpperCase()])
      expect(await numbers({ search: term })).toEqual([found.number]);
  });

  it('near misses find nothing: another phone, one character of a name, a word not in the title', async () => {
    for (const term of ['138-0531-2469', '李', `${TITLE_WORD}欠薪`, '371329198503129999'])
      expect(await numbers({ search: term })).not.toContain(found.number);
  });

  it('the first two characters of a name find everyone whose name starts so', async () => {
    expect(await numbers({ search: '李建' })).toContain(found.number);
  });

  it('a partner agency, which may not look persons up, still searches the case’s own keys', async () => {
    const partner = await s.stack.tokenFor(['PARTNER'], s.ids.humanResources);
    expect(await numbers({ search: found.number }, partner)).toEqual([found.number]);
    expect(await numbers({ search: '李建国' }, partner)).not.toContain(found.number);
  });

  it('refuses a term longer than the box takes, naming the field', async () => {
    const res = await s.stack.gql(SEARCH, { f: { search: '字'.repeat(101) } }, s.staff);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search' });
  });
});

describe('filters by the deadline clock: warning colour, overdue, days left', () => {
  const WORD = '瓷砖店';
  const cases: Record<'onTime' | 'yellow' | 'blue' | 'overdue', string> = {
    onTime: '',
    yellow: '',
    blue: '',
    overdue: '',
  };
  const daysAgo = (days: number) => new Date(s.clock.now().getTime() - days * DAY_MS).toISOString();
  const inClock = (filter: Record<string, unknown>) => numbers({ search: WORD, ...filter }).then((n) => n.sort());
  const of = (...keys: (keyof typeof cases)[]) => keys.map((k) => cases[k]).sort();

  beforeAll(async () => {
    // Registration and transfer take 15 days: received 14 days ago leaves one, 11 days ago four, 20 days ago none.
    const register = async (receivedDaysAgo: number, person: number) =>
      (
        await s.register({
          title: `${WORD}退款纠纷`,
          petitionerIds: [s.ids.persons[person]!],
          ...(receivedDaysAgo ? { receivedAt: daysAgo(receivedDaysAgo) } : {}),
        })
      ).number;
    cases.onTime = await register(0, 11);
    cases.yellow = await register(14, 12);
    cases.blue = await register(11, 13);
    cases.overdue = await register(20, 14);
  });

  it('each colour lists exactly the cases showing it, by the same thresholds as the case page', async () => {
    const all = await search({ search: WORD });
    expect(all.nodes).toHaveLength(4);
    const byColour = new Map<string, string[]>();
    for (const n of all.nodes) byColour.set(n.warning, [...(byColour.get(n.warning) ?? []), n.number]);
    expect([...byColour.keys()].sort()).toEqual(['BLUE', 'NONE', 'RED', 'YELLOW']);
    for (const colour of ['NONE', 'BLUE', 'YELLOW', 'RED'])
      expect(await inClock({ warning: [colour] })).toEqual(byColour.get(colour)!.sort());
    expect(await inClock({ warning: ['YELLOW', 'RED'] })).toEqual(of('yellow', 'overdue'));
  });

  it('overdue, and not overdue', async () => {
    expect(await inClock({ overdue: true })).toEqual(of('overdue'));
    expect(await inClock({ overdue: false })).toEqual(of('onTime', 'yellow', 'blue'));
  });

  it('days left: at most n, overdue ones included; a negative n is overdue by at least that much', async () => {
    expect(await inClock({ daysLeftAtMost: 1 })).toEqual(of('yellow', 'overdue'));
    expect(await inClock({ daysLeftAtMost: 4 })).toEqual(of('yellow', 'blue', 'overdue'));
    expect(await inClock({ daysLeftAtMost: -4 })).toEqual(of('overdue'));
    expect(await inClock({ daysLeftAtMost: -10 })).toEqual([]);
    expect(await inClock({ daysLeftAtMost: 4, warning: ['BLUE'] })).toEqual(of('blue'));
  });

  it('moves with the clock: two days later the yellow case is overdue', async () => {
    s.clock.advanceDays(2);
    try {
      expect(await inClock({ overdue: true })).toEqual(of('yellow', 'overdue'));
      const red = (await search({ search: WORD, warning: ['RED'] })).nodes;
      expect(red.every((n) => n.warning === 'RED')).toBe(true);
      expect(red.map((n) => n.number).sort()).toEqual(of('yellow', 'overdue'));
    } finally {
      s.clock.advanceDays(-2);
    }
  });

  it('refuses days left beyond ten years, naming the field', async () => {
    const res = await s.stack.gql(SEARCH, { f: { daysLeftAtMost: 5000 } }, s.staff);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.daysLeftAtMost' });
  });
});
