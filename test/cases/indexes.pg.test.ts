import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Scenarios, startCaseScenarios } from './support';

let s: Scenarios;

beforeAll(async () => {
  s = await startCaseScenarios();
  await s.stack.db.execute(sql`analyze`);
});
afterAll(() => s?.stack.stop());

/** The plan PostgreSQL would choose with sequential scans priced out: it shows whether an index can serve the query. */
async function plan(query: ReturnType<typeof sql>): Promise<string> {
  return s.stack.db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    const rows: unknown = await tx.execute(sql`explain ${query}`);
    return (rows as { 'QUERY PLAN': string }[]).map((r) => r['QUERY PLAN']).join('\n');
  });
}

describe('case lists and the deadline board run on indexes (PostgreSQL)', () => {
  it('the main list, newest first, walks the received-at index', async () => {
    const text = await plan(sql`select * from cases.cases order by received_at desc, id desc limit 51`);
    expect(text).toMatch(/Index Scan Backward using cases_received_idx/);
  });

  it("a unit's deadline board walks the unit-and-deadline index", async () => {
    const text = await plan(sql`select * from cases.cases
      where responsible_organisation_id = ${s.ids.humanResources}::uuid
        and status in ('REGISTERED', 'ROUTED', 'ACCEPTED', 'IN_HANDLING', 'REEXAMINING', 'REVIEWING')
        and deadline_at < now() + interval '3 days'
      order by deadline_at, id limit 5000`);
    expect(text).toMatch(/Index.*cases_organisation/);
  });

  it('the centre-wide board can use the deadline index', async () => {
    const text = await plan(sql`select * from cases.cases
      where status in ('REGISTERED', 'ROUTED', 'ACCEPTED', 'IN_HANDLING', 'REEXAMINING', 'REVIEWING') and deadline_at < now() + interval '3 days'
      order by deadline_at, id limit 5000`);
    expect(text).toMatch(/cases_deadline_idx|cases_status_idx/);
  });
});
