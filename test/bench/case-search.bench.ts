import { createFieldCipher, rowsOf } from '@onedoor/db';
import { type CaseSearch, createCasesRepository } from '@onedoor/db/cases';
import { createPersonSearchRepository } from '@onedoor/db/people';
import { personLookup } from '@onedoor/people/search-keys';
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { clockConditions } from '../../subgraphs/cases/src/services/clock-filter';
import { startTestStack, type TestStack } from '../support/stack';

/**
 * The cases list's search box and clock filters on a large county: the demo county (300 cases, about a
 * thousand persons) grown by GROWN cases, each brought by a person of its own with blind indexes as the
 * people subgraph writes them (hashes stand in: only their spread matters to the planner), titles drawn from
 * the demo's, statuses, units and deadlines spread out. Each statement the search runs is EXPLAINed as the code
 * builds it, without pricing anything out, and printed with whether it uses indexes; then the search is timed
 * through the gateway.
 */
const GROWN = 50_000;

let stack: TestStack;
let staff: string;
let term: { name: string; titleWord: string };

async function grow(): Promise<void> {
  await stack.db.execute(sql`
    insert into people.persons (id, name, name_hash, name_prefix_hash, phone_hash, phone_last4_hash,
      national_id_hash, index_key_version, created_at, updated_at)
    select md5('person' || g)::uuid, '合成' || g, md5('name' || g % 20000), md5('prefix' || g % 3000),
      md5('phone' || g), md5('last4' || g % 10000), md5('id' || g), 1, now(), now()
    from generate_series(1, ${GROWN}) g`);
  await stack.db.execute(sql`
    with demo as (
      select array_agg(title) as titles, array_agg(distinct category_id) as categories,
        array_agg(distinct grid_unit_id) as places,
        array_agg(distinct responsible_organisation_id) filter (where responsible_organisation_id is not null) as units
      from cases.cases
    )
    insert into cases.cases (id, number, tracking_code, channel, category_id, title, description, grid_unit_id,
      responsible_organisation_id, status, received_at, deadline_at, external_order_number, created_at, updated_at)
    select md5('case' || g)::uuid, '1990-' || lpad(g::text, 6, '0'), upper(substr(md5('code' || g), 1, 10)), 'VISIT',
      categories[1 + g % array_length(categories, 1)], titles[1 + g % array_length(titles, 1)], '合成案件',
      places[1 + g % array_length(places, 1)], units[1 + g % array_length(units, 1)],
      (array['REGISTERED','ROUTED','ACCEPTED','IN_HANDLING','REPLIED','CLOSED'])[1 + g % 6],
      now() - (g % 700) * interval '1 day', now() + ((g % 90) - 30) * interval '1 day',
      case when g % 10 = 0 then 'GD' || g end, now(), now()
    from demo, generate_series(1, ${GROWN}) g`);
  await stack.db.execute(sql`
    insert into cases.case_petitioners (case_id, person_id, position)
    select md5('case' || g)::uuid, md5('person' || g)::uuid, 0 from generate_series(1, ${GROWN}) g`);
  await stack.db.execute(sql`
    insert into cases.case_units (case_id, organisation_id, lead)
    select id, responsible_organisation_id, true from cases.cases
    where number like '1990-%' and status <> 'REGISTERED'`);
  await stack.db.execute(sql`analyze`);
}

async function explain(label: string, statement: SQL): Promise<void> {
  const plan = rowsOf<{ 'QUERY PLAN': string }>(await stack.db.execute(sql`explain ${statement}`))
    .map((r) => r['QUERY PLAN'])
    .join('\n');
  const scans = plan.match(/Seq Scan on \w+/g) ?? [];
  const indexes = [...new Set(plan.match(/(?:Index|Index Only|Bitmap Index) Scan (?:Backward )?(?:using|on) \w+/g))];
  const verdict = scans.length ? `NO: ${scans.join(', ')}` : 'yes';
  console.log(`\n[EXPLAIN] ${label}: indexes used ${verdict} (${indexes.length} index scans)\n${plan}`);
}

/** The first page of the list, newest first, as `paginate` asks for it. */
const firstPage = (where: SQL | undefined) =>
  sql`select * from cases.cases where ${where ?? sql`true`} order by received_at desc, id desc limit 51`;

async function explainEverything(): Promise<void> {
  const cipher = createFieldCipher(stack.config.dataKey);
  const persons = createPersonSearchRepository(stack.db);
  const cases = createCasesRepository(stack.db);
  const all = { kind: 'all' } as const;
  const unit = rowsOf<{ id: string }>(
    await stack.db.execute(sql`select responsible_organisation_id as id from cases.cases
      where responsible_organisation_id is not null limit 1`),
  )[0]!.id;
  for (const [label, text] of [
    ['a name', term.name],
    ['a name’s first two characters', [...term.name].slice(0, 2).join('')],
    ['a phone', '138-0531-2468'],
    ['the last four digits', '2468'],
  ] as const) {
    await explain(`persons by ${label}`, persons.matching(personLookup(cipher, text), 2000)!);
  }
  const petitionerIds = await persons.personIdsMatching(personLookup(cipher, term.name), 2000);
  const search: CaseSearch = {
    petitionerIds,
    trackingCode: 'ABCDEFGHJK',
    number: '2026-000123',
    externalOrderNumber: term.name,
    titleWords: [term.name],
  };
  await explain('cases by a name (every key of the box)', firstPage(cases.where({ search }, all)));
  await explain(
    'cases by a title word',
    firstPage(cases.where({ search: { ...search, petitionerIds: [], titleWords: [term.titleWord] } }, all)),
  );
  await explain(
    'cases by a title word in most titles (反映)',
    firstPage(cases.where({ search: { ...search, petitionerIds: [], titleWords: ['反映'] } }, all)),
  );
  await explain(
    `cases by a name, as a handler (${petitionerIds.length} persons)`,
    firstPage(cases.where({ search }, { kind: 'organisation', organisationId: unit })),
  );
  const now = new Date();
  const rules = { blueDays: 7, yellowDays: 3 };
  for (const [label, filter] of [
    ['warning RED', { warning: ['RED' as const] }],
    ['warning YELLOW', { warning: ['YELLOW' as const] }],
    ['overdue', { overdue: true }],
    ['days left at most 3', { daysLeftAtMost: 3 }],
  ] as const) {
    const clock = clockConditions({ filter, now, rules });
    await explain(`cases, ${label}`, sql`select count(*) from cases.cases where ${cases.where({ clock }, all)!}`);
  }
}

beforeAll(async () => {
  stack = await startTestStack();
  staff = await stack.login('staff');
  const [seeded] = rowsOf<{ name: string; title: string }>(
    await stack.db.execute(sql`select p.name, c.title from cases.cases c
      join cases.case_petitioners l on l.case_id = c.id join people.persons p on p.id = l.person_id
      order by c.number limit 1`),
  );
  term = { name: seeded!.name, titleWord: [...seeded!.title].slice(0, 2).join('') };
  await grow();
  console.log(`[case search] the demo county grown by ${GROWN} cases and ${GROWN} persons`);
  await explainEverything();
}, 600_000);
afterAll(() => stack?.stop());

const SEARCH = `query($f: CaseFilter) { cases(filter: $f, first: 50) { totalCount nodes { number title } } }`;

describe('case search', () => {
  for (const [label, filter] of [
    ['by a petitioner name', () => ({ search: term.name })],
    ['by the last four digits of a phone', () => ({ search: '2468' })],
    ['by a title word', () => ({ search: term.titleWord })],
    // The worst case: a word most demo titles start with, so a large part of the county matches and is counted.
    ['by a title word in most titles (反映)', () => ({ search: '反映' })],
    ['overdue cases', () => ({ overdue: true })],
  ] as const) {
    bench(
      `${label}, first page through the gateway`,
      async () => {
        const res = await stack.gql(SEARCH, { f: filter() }, staff);
        if (res.errors) throw new Error(JSON.stringify(res.errors));
      },
      { time: 2_000, warmupTime: 300 },
    );
  }
});
