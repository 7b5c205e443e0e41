import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Scenarios, startCaseScenarios } from './support';

let s: Scenarios;
let labour: { id: string; children: { id: string; name: string }[] };
let contractDisputes: string;
const orgByName: Record<string, string> = {};

interface Named {
  id: string;
  name: string;
}

beforeAll(async () => {
  s = await startCaseScenarios();
  const data = await s.must<{ categories: (Named & { children: Named[] })[]; organisations: { nodes: Named[] } }>(
    '{ categories { id name children { id name } } organisations(first: 200) { nodes { id name } } }',
    {},
    s.staff,
  );
  labour = data.categories.find((c) => c.name === '劳动社保')!;
  contractDisputes = labour.children.find((c) => c.name === '劳动合同争议')!.id;
  for (const o of data.organisations.nodes) orgByName[o.name] = o.id;
});
afterAll(() => s?.stack.stop());

const org = (name: string) => orgByName[`东岳县${name}`]!;

describe("the routing picker in the county's own words", () => {
  it.each(['人社局', '县人社局', 'rsj', 'rlzyhshbzj', '人力资源'])(
    '%s finds the human-resources bureau first',
    async (search) => {
      const data = await s.must<{ organisations: { nodes: (Named & { shortName: string | null })[] } }>(
        'query($s: String) { organisations(filter: { search: $s }, first: 20) { nodes { id name shortName } } }',
        { s: search },
        s.staff,
      );
      expect(data.organisations.nodes[0]).toEqual({
        id: s.ids.humanResources,
        name: '东岳县人力资源和社会保障局',
        shortName: '人社局',
      });
    },
  );

  it('nonsense finds nothing', async () => {
    const data = await s.must<{ organisations: { totalCount: number } }>(
      '{ organisations(filter: { search: "qqqxz" }) { totalCount } }',
      {},
      s.staff,
    );
    expect(data.organisations.totalCount).toBe(0);
  });
});

const SUGGESTIONS = 'query($id: ID!) { case(id: $id) { routingSuggestions { id name } } }';
const suggested = async (caseId: string) =>
  (
    await s.must<{ case: { routingSuggestions: Named[] } }>(SUGGESTIONS, { id: caseId }, s.staff)
  ).case.routingSuggestions.map((o) => o.name);
const SET_RULE = `mutation($i: SetCategoryRoutingUnitsInput!) { setCategoryRoutingUnits(input: $i) { id routingUnits { name } } }`;

describe('routing suggestions from the category rules', () => {
  it("a case lists the units its sub-category's rule names, in the rule's order", async () => {
    const created = await s.register({ categoryId: contractDisputes });
    expect(await suggested(created.id)).toEqual([
      '东岳县人力资源和社会保障局',
      '东岳县劳动争议人民调解委员会',
      '东岳县劳动人事争议仲裁院',
    ]);
  });

  it("then its top-level category's, each unit once; a unit that objected to the routing is left out", async () => {
    const set = await s.must<{ setCategoryRoutingUnits: { routingUnits: { name: string }[] } }>(
      SET_RULE,
      { i: { categoryId: labour.id, organisationIds: [org('信访局'), org('人力资源和社会保障局')] } },
      s.admin,
    );
    expect(set.setCategoryRoutingUnits.routingUnits.map((u) => u.name)).toEqual([
      '东岳县信访局',
      '东岳县人力资源和社会保障局',
    ]);
    const created = await s.register({ categoryId: contractDisputes });
    expect(await suggested(created.id)).toEqual([
      '东岳县人力资源和社会保障局',
      '东岳县劳动争议人民调解委员会',
      '东岳县劳动人事争议仲裁院',
      '东岳县信访局',
    ]);
    await s.step('routeCase', created.id, { leadUnitId: s.ids.humanResources, otherUnitIds: [], reason: '劳动合同' });
    await s.step('objectToRouting', created.id, { unitId: s.ids.humanResources, reason: '属仲裁事项' });
    expect(await suggested(created.id)).toEqual([
      '东岳县劳动争议人民调解委员会',
      '东岳县劳动人事争议仲裁院',
      '东岳县信访局',
    ]);
    const cleared = await s.must<{ setCategoryRoutingUnits: { routingUnits: unknown[] } }>(
      SET_RULE,
      { i: { categoryId: labour.id, organisationIds: [] } },
      s.admin,
    );
    expect(cleared.setCategoryRoutingUnits.routingUnits).toEqual([]);
  });

  it.each([
    [
      'an unknown unit',
      () => ({ organisationIds: ['00000000-0000-4000-8000-0000000000ab'] }),
      'BAD_USER_INPUT',
      'input.organisationIds.0',
    ],
    [
      'a unit named twice',
      () => ({ organisationIds: [org('信访局'), org('信访局')] }),
      'BAD_USER_INPUT',
      'input.organisationIds',
    ],
    [
      'an unknown category',
      () => ({ categoryId: '00000000-0000-4000-8000-0000000000ab', organisationIds: [] }),
      'NOT_FOUND',
      'input.categoryId',
    ],
  ])('setting a rule refuses %s and changes nothing', async (_what, input, code, field) => {
    const res = await s.stack.gql(SET_RULE, { i: { categoryId: contractDisputes, ...input() } }, s.admin);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code, field });
    const rule = await s.must<{ categories: { children: { id: string; routingUnits: { name: string }[] }[] }[] }>(
      '{ categories { children { id routingUnits { name } } } }',
      {},
      s.staff,
    );
    const mine = rule.categories.flatMap((c) => c.children).find((c) => c.id === contractDisputes)!;
    expect(mine.routingUnits.map((u) => u.name)).toEqual([
      '东岳县人力资源和社会保障局',
      '东岳县劳动争议人民调解委员会',
      '东岳县劳动人事争议仲裁院',
    ]);
  });

  it('a page of cases costs the same statements for its suggestions, however long the page', async () => {
    const statementsFor = async (first: number) => {
      s.stack.counter.reset();
      const data = await s.must<{ cases: { nodes: { routingSuggestions: Named[] }[] } }>(
        'query($n: Int) { cases(first: $n) { nodes { routingSuggestions { id name } } } }',
        { n: first },
        s.staff,
      );
      expect(data.cases.nodes).toHaveLength(first);
      expect(data.cases.nodes.filter((c) => c.routingSuggestions.length > 0).length).toBeGreaterThan(first / 2);
      return { cases: s.stack.counter.touching('cases').length, grid: s.stack.counter.touching('grid').length };
    };
    expect(await statementsFor(40)).toEqual(await statementsFor(5));
  });
});
