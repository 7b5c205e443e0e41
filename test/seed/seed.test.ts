import { checkNationalId, createFieldCipher, DAY_MS, type OpenedDatabase, ROLES } from '@onedoor/db';
import { CASE_STATUSES, CHANNELS } from '@onedoor/db/cases';
import { verifyPassword } from '@onedoor/db/people';
import { DEMO_ACCOUNTS, FUND_SPECS, isSeeded, seedCategories, seedDemo, type SeedSummary } from '@onedoor/gateway/seed';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, StatementCounter } from '../support/database';

const NOW = new Date('2026-03-16T02:30:00Z');
const cipher = createFieldCipher('seed-test-key-0123456789abcdef');

let first: OpenedDatabase;
let second: OpenedDatabase;
let summary: SeedSummary;
const counter = new StatementCounter();

async function rows<T>(database: OpenedDatabase, query: string): Promise<T[]> {
  // PGlite answers `{ rows }`, postgres.js an array of rows.
  const result: unknown = await database.db.execute(sql.raw(query));
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

beforeAll(async () => {
  first = await openTestDatabase({ logger: counter });
  second = await openTestDatabase();
  expect(await isSeeded(first.db)).toBe(false);
  counter.reset();
  summary = await seedDemo({ db: first.db, cipher, now: NOW });
});

afterAll(async () => {
  await first?.close();
  await second?.close();
});

describe('the demo county', () => {
  it('is seeded once, in a few bulk statements, and says so', async () => {
    expect(await isSeeded(first.db)).toBe(true);
    // Row-by-row inserts would take thousands of statements; bulk chunks take one per table.
    expect(counter.statements.length).toBeLessThan(40);
    const [audit] = await rows<{ data: { cases: number } }>(
      first,
      `select data from audit.events where action = 'SEEDED'`,
    );
    expect(audit?.data.cases).toBe(summary.cases);
    console.log(`seedDemo on ${first.kind}: ${summary.durationMs} ms`, summary);
  });

  it('has 18 townships, their work areas and villages, and about 600 base grids', async () => {
    const levels = await rows<{ level: string; n: number }>(
      first,
      'select level, count(*)::int as n from grid.grid_units group by level',
    );
    const count = Object.fromEntries(levels.map((l) => [l.level, l.n]));
    expect(count).toMatchObject({ COUNTY: 1, TOWNSHIP: 18 });
    expect(count.WORK_AREA).toBeGreaterThanOrEqual(36);
    expect(count.WORK_AREA).toBeLessThanOrEqual(54);
    expect(count.GRID).toBeGreaterThanOrEqual(550);
    expect(count.GRID).toBeLessThanOrEqual(650);
    expect(summary).toMatchObject({ townships: 18, grids: count.GRID, gridUnits: levels.reduce((s, l) => s + l.n, 0) });
  });

  it('keeps every path, depth and code consistent with the parent unit', async () => {
    const broken = await rows(
      first,
      `
      select c.code from grid.grid_units c left join grid.grid_units p on p.id = c.parent_id
      where c.path <> coalesce(p.path, '/') || c.id || '/'
         or c.depth <> coalesce(p.depth + 1, 0)
         or (p.id is not null and c.code not like p.code || '-%')
         or c.level <> (array['COUNTY','TOWNSHIP','WORK_AREA','VILLAGE','GRID'])[c.depth + 1]`,
    );
    expect(broken).toEqual([]);
  });

  it('has the petition office, ~35 departments, the townships and the legal bodies', async () => {
    const kinds = await rows<{ kind: string; n: number }>(
      first,
      'select kind, count(*)::int as n from grid.organisations group by kind',
    );
    const count = Object.fromEntries(kinds.map((k) => [k.kind, k.n]));
    expect(count).toMatchObject({
      PETITION_OFFICE: 1,
      DEPARTMENT: 35,
      TOWNSHIP: 18,
      COURT: 1,
      PROCURATORATE: 1,
      POLICE: 1,
      LABOR_ARBITRATION: 1,
      LEGAL_AID_CENTRE: 1,
    });
    expect(count.MEDIATION_COMMITTEE).toBeGreaterThanOrEqual(4);
    expect(count.SUB_CENTRE).toBeGreaterThanOrEqual(2);
    expect(count.STUDIO).toBeGreaterThanOrEqual(3);
    const [townshipsOnGrid] = await rows<{ n: number }>(
      first,
      `
      select count(*)::int as n from grid.organisations o join grid.grid_units g on g.id = o.grid_unit_id
      where o.kind = 'TOWNSHIP' and g.level = 'TOWNSHIP' and o.name like '%' || g.name || '%'`,
    );
    expect(townshipsOnGrid?.n).toBe(18);
  });

  it('has the 9 categories and 32 sub-categories', async () => {
    const [c] = await rows<{ top: number; sub: number }>(
      first,
      `
      select count(*) filter (where parent_id is null)::int as top, count(*) filter (where parent_id is not null)::int as sub
      from cases.categories`,
    );
    expect(c).toEqual({ top: 9, sub: 32 });
  });

  it('logs in one account per role with the demo password', async () => {
    const accounts = await rows<{ username: string; roles: string[]; password_hash: string; org: string | null }>(
      first,
      `
      select a.username, a.roles, a.password_hash, o.name as org from people.accounts a
      left join grid.organisations o on o.id = a.organisation_id order by a.username`,
    );
    expect(
      accounts
        .map((a) => a.roles)
        .flat()
        .sort(),
    ).toEqual([...ROLES].sort());
    expect(accounts.map((a) => a.username).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.username).sort());
    expect(await verifyPassword(accounts[0]!.password_hash, 'onedoor-demo')).toBe(true);
    expect(accounts.find((a) => a.username === 'handler')?.org).toContain('人力资源和社会保障局');
    const [mediator] = await rows<{ n: number }>(
      first,
      `
      select count(*)::int as n from people.accounts a join people.pool_memberships m on m.person_id = a.person_id
      where a.username = 'mediator' and m.pool = 'PEOPLES_MEDIATOR' and m.status = 'ACTIVE'`,
    );
    expect(mediator?.n).toBe(1);
  });

  it('stores national ids and phones encrypted, and they decrypt to valid identifiers', async () => {
    const [plain] = await rows<{ n: number; missing: number }>(
      first,
      `
      select count(*) filter (where national_id_enc ~ '[0-9]{17}[0-9X]' or phone_enc ~ '1[3-9][0-9]{9}'
                                 or address ~ '[0-9]{17}')::int as n,
             count(*) filter (where national_id_enc is null or phone_enc is null)::int as missing
      from people.persons`,
    );
    expect(plain).toEqual({ n: 0, missing: 0 });
    const people = await rows<{
      national_id_enc: string;
      national_id_hash: string;
      phone_enc: string;
      phone_hash: string;
    }>(
      first,
      'select national_id_enc, national_id_hash, phone_enc, phone_hash from people.persons order by id limit 50',
    );
    for (const person of people) {
      const nationalId = cipher.decrypt(person.national_id_enc);
      expect(checkNationalId(nationalId).ok, nationalId).toBe(true);
      expect(cipher.hash(nationalId)).toBe(person.national_id_hash);
      expect(cipher.hash(cipher.decrypt(person.phone_enc))).toBe(person.phone_hash);
    }
    const [unique] = await rows<{ ids: number; all: number }>(
      first,
      'select count(distinct national_id_hash)::int as ids, count(*)::int as "all" from people.persons',
    );
    expect(unique?.ids).toBe(unique?.all);
  });

  it('has several hundred people and pool members across the pools', async () => {
    const pools = await rows<{ pool: string; n: number }>(
      first,
      'select pool, count(*)::int as n from people.pool_memberships group by pool',
    );
    const count = Object.fromEntries(pools.map((p) => [p.pool, p.n]));
    expect(summary.persons).toBeGreaterThanOrEqual(300);
    expect(count.PEOPLES_MEDIATOR).toBeGreaterThanOrEqual(150);
    for (const pool of [
      'OBSERVER',
      'VOLUNTEER',
      'LAWYER',
      'PSYCHOLOGIST',
      'LEGAL_UNDERSTANDING_PERSON',
      'PROXY_AGENT',
    ]) {
      expect(count[pool], pool).toBeGreaterThan(0);
    }
    const [suspended] = await rows<{ n: number }>(
      first,
      `select count(*)::int as n from people.pool_memberships where status = 'SUSPENDED'`,
    );
    expect(suspended?.n).toBeGreaterThan(0);
  });
});

describe('the demo cases', () => {
  it('span every channel and status, with fresh, due-soon and overdue cases', async () => {
    const cases = await rows<{
      channel: string;
      status: string;
      received_at: string;
      deadline_at: string;
      head_count: number;
      org: string | null;
    }>(
      first,
      'select channel, status, received_at, deadline_at, head_count, responsible_organisation_id as org from cases.cases',
    );
    expect(cases.length).toBeGreaterThanOrEqual(250);
    expect(new Set(cases.map((c) => c.channel))).toEqual(new Set(CHANNELS));
    expect(new Set(cases.map((c) => c.status))).toEqual(new Set(CASE_STATUSES));
    const open = cases.filter((c) => ['ROUTED', 'ACCEPTED', 'IN_HANDLING'].includes(c.status));
    const deadline = (c: (typeof cases)[number]) => new Date(c.deadline_at).getTime() - NOW.getTime();
    expect(cases.filter((c) => NOW.getTime() - new Date(c.received_at).getTime() < DAY_MS).length).toBeGreaterThan(0);
    expect(open.filter((c) => deadline(c) > 0 && deadline(c) < 7 * DAY_MS).length).toBeGreaterThan(0);
    expect(open.filter((c) => deadline(c) < 0).length).toBeGreaterThan(0);
    expect(
      cases.every(
        (c) => new Date(c.received_at) <= NOW && new Date(c.received_at).getTime() > NOW.getTime() - 121 * DAY_MS,
      ),
    ).toBe(true);
    // Deadlines derive from each case's events (15 days to route, 15 to accept, 30 to handle …): all after receipt.
    expect(cases.every((c) => new Date(c.deadline_at) > new Date(c.received_at))).toBe(true);
    expect(cases.every((c) => (c.status === 'REGISTERED') === (c.org === null))).toBe(true);
    expect(cases.some((c) => c.head_count > 5)).toBe(true);
  });

  it('are numbered per year with the counters at the last number, and carry their events', async () => {
    const numbers = await rows<{ year: number; last: number; counter: number | null }>(
      first,
      `
      select y.year, y.last, k.last as counter
      from (select split_part(number, '-', 1)::int as year, max(split_part(number, '-', 2)::int) as last
            from cases.cases group by 1) y
      left join cases.case_number_counters k on k.year = y.year`,
    );
    expect(numbers.length).toBeGreaterThan(0);
    for (const n of numbers) expect(n.counter).toBe(n.last);
    const [counters] = await rows<{ n: number }>(first, 'select count(*)::int as n from cases.case_number_counters');
    expect(counters?.n).toBe(numbers.length);
    const [check] = await rows<{
      bad_codes: number;
      bad_events: number;
      bad_petitioners: number;
      routed: number;
      with_org: number;
    }>(
      first,
      `
      select (select count(*) from cases.cases where tracking_code !~ '^[A-HJ-NP-Z2-9]{10}$')::int as bad_codes,
             (select count(*) from cases.cases c where (select count(*) from cases.case_events e
                where e.case_id = c.id and e.kind = 'REGISTERED') <> 1)::int as bad_events,
             (select count(*) from cases.cases c where (select count(*) from cases.case_petitioners p
                where p.case_id = c.id) not between 1 and 3)::int as bad_petitioners,
             (select count(*) from cases.case_events where kind = 'ROUTED')::int as routed,
             (select count(*) from cases.cases where responsible_organisation_id is not null)::int as with_org`,
    );
    expect(check).toMatchObject({ bad_codes: 0, bad_events: 0, bad_petitioners: 0 });
    expect(check?.routed).toBe(check?.with_org);
  });

  it("give the first petitioner's phone as the contact", async () => {
    const sample = await rows<{ contact_phone_enc: string; contact_phone_last4: string; phone_enc: string }>(
      first,
      `
      select c.contact_phone_enc, c.contact_phone_last4, p.phone_enc from cases.cases c
      join cases.case_petitioners cp on cp.case_id = c.id and cp.position = 0
      join people.persons p on p.id = cp.person_id order by c.number limit 20`,
    );
    for (const s of sample) {
      const phone = cipher.decrypt(s.phone_enc);
      expect(cipher.decrypt(s.contact_phone_enc)).toBe(phone);
      expect(s.contact_phone_last4).toBe(phone.slice(-4));
    }
  });
});

describe('the demo funds', () => {
  it('hold their allocation minus what they paid, never below zero', async () => {
    const funds = await rows<{ code: string; balance: string; paid: string; payments: number }>(
      first,
      `
      select f.code, f.balance_fen::text as balance, coalesce(sum(d.amount_fen), 0)::text as paid, count(d.id)::int as payments
      from funds.funds f left join funds.disbursements d on d.fund_id = f.id group by f.code, f.balance_fen`,
    );
    expect(funds.map((f) => f.code).sort()).toEqual(FUND_SPECS.map((f) => f.code).sort());
    for (const spec of FUND_SPECS) {
      const fund = funds.find((f) => f.code === spec.code)!;
      expect(BigInt(fund.balance), spec.code).toBe(spec.allocationFen - BigInt(fund.paid));
      expect(BigInt(fund.balance) >= 0n).toBe(true);
      expect(fund.payments, spec.code).toBeGreaterThan(0);
    }
    const total = funds.reduce((sum, f) => sum + f.payments, 0);
    expect(total).toBeGreaterThanOrEqual(60);
    expect(total).toBeLessThanOrEqual(100);
    const kinds = await rows<{ n: number }>(
      first,
      `select count(distinct kind)::int as n from funds.funds where kind <> 'WORK_FUND'`,
    );
    expect(kinds[0]?.n).toBe(6);
  });

  it('pay petitioners of the cases they relieve', async () => {
    const [stray] = await rows<{ n: number }>(
      first,
      `
      select count(*)::int as n from funds.disbursements d join funds.funds f on f.id = d.fund_id
      where f.kind <> 'WORK_FUND' and not exists (
        select 1 from cases.case_petitioners p where p.case_id = d.case_id and p.person_id = d.person_id)`,
    );
    expect(stray?.n).toBe(0);
  });
});

describe('seeding again', () => {
  it('gives the same county, case numbers and names on another database', async () => {
    await expect(
      second.db.transaction(async (tx) => {
        const categories = await seedCategories(tx, NOW);
        expect([categories.topLevel.length, categories.subCategories.length]).toEqual([9, 32]);
        tx.rollback();
      }),
    ).rejects.toThrow();
    expect(await isSeeded(second.db)).toBe(false);
    await seedDemo({ db: second.db, cipher, now: NOW });
    const snapshot = async (database: OpenedDatabase) => ({
      cases: await rows(
        database,
        'select id, number, title, tracking_code, status, received_at from cases.cases order by number',
      ),
      persons: await rows(database, 'select id, name, birth_date from people.persons order by id'),
      grid: await rows(database, 'select id, code, name, path from grid.grid_units order by code'),
      payments: await rows(
        database,
        'select idempotency_key, amount_fen::text from funds.disbursements order by idempotency_key',
      ),
    });
    expect(await snapshot(second)).toEqual(await snapshot(first));
  });
});
