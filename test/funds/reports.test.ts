import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { server, startFileServer, team } from './file-server';
import { onlyError } from './funds-server';
import { APPROVE, expectLedgerConsistent, newKey, ok, PAY, propose, REVERSE } from './relief';

/**
 * A fixed fixture: one petition-relief fund through March, April and May 2026 (China Standard Time).
 * April: an allocation of ¥5,000, payments of ¥2,000 and ¥500, the ¥2,000 reversed, ¥300 transferred out.
 */
let fundId: string;
const townshipA = { id: '' };
const townshipB = { id: '' };

async function pay(amount: string, extra: Record<string, unknown> = {}): Promise<string> {
  const id = await propose(server, team.officer, fundId, amount, extra);
  ok(await server.gql(APPROVE, { id }, team.approver));
  return ok(await server.gql<{ payReliefApplication: { id: string } }>(PAY, { id, key: newKey() }, team.officer))
    .payReliefApplication.id;
}

startFileServer();
beforeAll(async () => {
  townshipA.id = server.addPerson();
  townshipB.id = server.addPerson();
  fundId = (await server.openFund(1_000_000n)).id;
  await pay('100000');
  server.clock.set(new Date('2026-04-10T02:00:00Z'), { forwardOnly: true });
  ok(
    await server.gql(
      `mutation($input: AllocateToFundInput!) { allocateToFund(input: $input) { id } }`,
      { input: { fundId, amount: '500000', note: '县财政局追加拨款' } },
      team.approver,
    ),
  );
  const b = await pay('200000', {
    townshipId: townshipA.id,
    vulnerability: 'ELDERLY',
    personId: server.addPerson(['ELDERLY']),
  });
  const c = await pay('50000', { townshipId: townshipB.id });
  ok(await server.gql(REVERSE, { id: b, reason: '重复申领，予以冲正' }, team.approver));
  const other = await server.openFund(0n);
  ok(
    await server.gql(
      `mutation($input: TransferBetweenFundsInput!) { transferBetweenFunds(input: $input) { id } }`,
      { input: { fromFundId: fundId, toFundId: other.id, amount: '30000', memo: '调剂' } },
      team.approver,
    ),
  );
  server.clock.set(new Date('2026-05-03T02:00:00Z'), { forwardOnly: true });
  await pay('10000');
  ok(await server.gql(REVERSE, { id: c, reason: '信息有误' }, team.approver));
});

const FUND_REPORT = `query($fundId: ID!, $from: Date!, $to: Date!) { fundReport(fundId: $fundId, from: $from, to: $to) {
  openingBalance allocations disbursements reversals transfersIn transfersOut closingBalance } }`;

/** The fund's lines summed straight from the ledger tables, for [from, to) in UTC moments. */
async function ledgerSum(from: string, to: string): Promise<bigint> {
  const result = await server.db.execute(sql`select coalesce(sum(l.amount_fen), 0)::text as s from funds.ledger_lines l
    join funds.journal_entries e on e.id = l.entry_id where l.fund_id = ${fundId}::uuid and e.occurred_at >= ${from}::timestamptz and e.occurred_at < ${to}::timestamptz`);
  const rows = Array.isArray(result) ? result : (result as { rows: { s: string }[] }).rows;
  return BigInt((rows[0] as { s: string }).s);
}

/** The fund's report for whole days, as the fund officer reads it. */
const fundReportFor = async (from: string, to: string) =>
  ok(await server.gql<{ fundReport: Record<string, string> }>(FUND_REPORT, { fundId, from, to }, team.officer))
    .fundReport;

describe('the period report (资金收支表)', () => {
  it('April reconciles to the ledger to the fen, the reversal included', async () => {
    const report = await fundReportFor('2026-04-01', '2026-04-30');
    expect(report).toEqual({
      openingBalance: '900000',
      allocations: '500000',
      disbursements: '250000',
      reversals: '200000',
      transfersIn: '0',
      transfersOut: '30000',
      closingBalance: '1320000',
    });
    const n = (k: string) => BigInt(report[k]!);
    expect(
      n('openingBalance') +
        n('allocations') -
        n('disbursements') +
        n('reversals') +
        n('transfersIn') -
        n('transfersOut'),
    ).toBe(n('closingBalance'));
    // April starts at 2026-03-31T16:00Z in China Standard Time.
    expect(await ledgerSum('1970-01-01T00:00Z', '2026-03-31T16:00Z')).toBe(n('openingBalance'));
    expect(await ledgerSum('2026-03-31T16:00Z', '2026-04-30T16:00Z')).toBe(n('closingBalance') - n('openingBalance'));
  });

  it("May carries April's closing balance and ends at the fund's balance now", async () => {
    const may = await fundReportFor('2026-05-01', '2026-05-31');
    expect(may.openingBalance).toBe((await fundReportFor('2026-04-01', '2026-04-30')).closingBalance);
    expect(may).toMatchObject({
      openingBalance: '1320000',
      disbursements: '10000',
      reversals: '50000',
      closingBalance: '1360000',
    });
    expect(await server.balanceOf(fundId)).toBe(1_360_000n);
    await expectLedgerConsistent(server, [fundId]);
  });

  it('relief totals by kind, township and vulnerable group each add up to the fund report', async () => {
    type Total = {
      kind: string | null;
      township: { id: string } | null;
      vulnerability: string | null;
      paid: string;
      reversed: string;
      net: string;
      payments: number;
    };
    const res = ok(
      await server.gql<{ reliefTotals: Record<'byKind' | 'byTownship' | 'byVulnerability', Total[]> }>(
        `{ reliefTotals(from: "2026-04-01", to: "2026-04-30") {
      byKind { kind paid reversed net payments } byTownship { township { id } paid reversed net payments }
      byVulnerability { vulnerability paid reversed net payments } } }`,
        {},
        team.officer,
      ),
    ).reliefTotals;
    expect(res.byKind).toEqual([
      { kind: 'PETITION_RELIEF', paid: '250000', reversed: '200000', net: '50000', payments: 2 },
    ]);
    expect(res.byTownship).toEqual(
      expect.arrayContaining([
        { township: { id: townshipA.id }, paid: '200000', reversed: '200000', net: '0', payments: 1 },
        { township: { id: townshipB.id }, paid: '50000', reversed: '0', net: '50000', payments: 1 },
      ]),
    );
    expect(res.byVulnerability).toEqual([
      { vulnerability: 'ELDERLY', paid: '200000', reversed: '200000', net: '0', payments: 1 },
      { vulnerability: null, paid: '50000', reversed: '0', net: '50000', payments: 1 },
    ]);
    for (const group of Object.values(res)) {
      expect(group.reduce((s, t) => s + BigInt(t.paid), 0n)).toBe(250_000n);
      expect(group.reduce((s, t) => s + BigInt(t.reversed), 0n)).toBe(200_000n);
    }
  });

  it('allocations are kept per budget year (预算年度)', async () => {
    const res = ok(
      await server.gql<{ fund: { budgetYears: unknown } }>(
        `query($id: ID!) { fund(id: $id) { budgetYears { year allocated } } }`,
        { id: fundId },
        team.officer,
      ),
    );
    expect(res.fund.budgetYears).toEqual([{ year: 2026, allocated: '500000' }]);
    const bad = await server.gql(
      `mutation($input: AllocateToFundInput!) { allocateToFund(input: $input) { id } }`,
      { input: { fundId, amount: '1', note: 'x', budgetYear: 1999 } },
      team.approver,
    );
    expect(onlyError(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.budgetYear' });
  });

  it('reports are for fund, leadership, centre and audit roles: an auditor may, a mediator may not', async () => {
    const args = { fundId, from: '2026-04-01', to: '2026-04-30' };
    ok(await server.gql(FUND_REPORT, args, await server.tokenFor(['AUDITOR'])));
    expect(onlyError(await server.gql(FUND_REPORT, args, await server.tokenFor(['MEDIATOR']))).code).toBe('FORBIDDEN');
    expect(onlyError(await server.gql(FUND_REPORT, { ...args, to: '2026-03-01' }, team.officer))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'to',
    });
  });
});

describe('legal aid (法律援助)', () => {
  it('matters with their lawyer, documents and recovered money add up in the report', async () => {
    const open = `mutation($input: OpenLegalAidMatterInput!) { openLegalAidMatter(input: $input) { id status version } }`;
    const progress = `mutation($input: RecordLegalAidProgressInput!) { recordLegalAidProgress(input: $input) { status documentsDrafted recovered version } }`;
    const staff = await server.tokenFor(['CENTRE_STAFF']);
    const person = server.addPerson();
    expect(
      onlyError(
        await server.gql(
          open,
          { input: { kind: 'CONSULTATION', personId: person, summary: '咨询' } },
          await server.tokenFor(['AUDITOR']),
        ),
      ).code,
    ).toBe('FORBIDDEN');
    ok(await server.gql(open, { input: { kind: 'CONSULTATION', personId: person, summary: '劳动争议咨询' } }, staff));
    const matter = ok(
      await server.gql<{ openLegalAidMatter: { id: string; status: string; version: number } }>(
        open,
        {
          input: { kind: 'REPRESENTATION', personId: person, lawyerId: server.addPerson(), summary: '代理讨薪诉讼' },
        },
        staff,
      ),
    ).openLegalAidMatter;
    expect(matter.status).toBe('ASSIGNED');
    const input = {
      matterId: matter.id,
      version: matter.version,
      documentsDrafted: 3,
      recovered: '5230000',
      conclude: true,
    };
    expect(
      ok(await server.gql<{ recordLegalAidProgress: unknown }>(progress, { input }, staff)).recordLegalAidProgress,
    ).toEqual({ status: 'CONCLUDED', documentsDrafted: 3, recovered: '5230000', version: 2 });
    expect(onlyError(await server.gql(progress, { input }, staff)).code).toBe('CONFLICT');
    const report = ok(
      await server.gql<{ legalAidReport: unknown }>(
        `{ legalAidReport(from: "2026-05-01", to: "2026-05-31") {
      matters consultations representations documentsDrafted recipients recovered } }`,
        {},
        staff,
      ),
    ).legalAidReport;
    expect(report).toEqual({
      matters: 2,
      consultations: 1,
      representations: 1,
      documentsDrafted: 3,
      recipients: 1,
      recovered: '5230000',
    });
  });
});
