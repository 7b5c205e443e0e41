import { randomUUID } from 'node:crypto';
import { auditEventsTable } from '@onedoor/db/audit';
import { disbursementsTable } from '@onedoor/db/funds';
import { beforeAll, describe, expect, it } from 'vitest';
import { server, startFileServer, team } from './file-server';
import { onlyError, RECORD_DISBURSEMENT } from './funds-server';

type Paid = {
  recordDisbursement: {
    id: string;
    amount: string;
    fund: { id: string; balance: string };
    person: { id: string };
    case: { id: string } | null;
  };
};

startFileServer();

/** A valid payment request for `fundId`; override what a test is about. */
const payment = (fundId: string, overrides: Record<string, unknown> = {}) => ({
  fundId,
  personId: server.addPerson(),
  caseId: server.addCase(),
  amount: '10000',
  purpose: '信访救助：生活困难临时救助',
  idempotencyKey: randomUUID(),
  ...overrides,
});

const auditEventsFor = async (entityType: string) =>
  (await server.db.select().from(auditEventsTable)).filter((e) => e.entityType === entityType);
const paymentsFrom = async (fundId: string) =>
  (await server.db.select().from(disbursementsTable)).filter((d) => d.fundId === fundId);

describe('recording a disbursement (救助金发放)', () => {
  it('pays the person and takes the amount from the fund, with an audit event', async () => {
    const fund = await server.openFund(50_000n);
    const input = payment(fund.id, { amount: '12050' });
    const res = await server.gql<Paid>(RECORD_DISBURSEMENT, { input }, team.officer);
    expect(res.errors).toBeUndefined();
    const paid = res.data!.recordDisbursement;
    expect(paid).toMatchObject({
      amount: '12050',
      fund: { id: fund.id, balance: '37950' },
      person: { id: input.personId },
      case: { id: input.caseId },
    });
    expect(await server.balanceOf(fund.id)).toBe(37_950n);
    const audit = (await auditEventsFor('Disbursement')).filter((e) => e.entityId === paid.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ subgraph: 'funds', action: 'recordDisbursement' });
  });

  it('pays once when the same request is sent twice with one idempotency key, returning the first payment', async () => {
    const fund = await server.openFund(50_000n);
    const input = payment(fund.id);
    const first = await server.gql<Paid>(RECORD_DISBURSEMENT, { input }, team.officer);
    const again = await server.gql<Paid>(RECORD_DISBURSEMENT, { input }, team.officer);
    expect(first.errors).toBeUndefined();
    expect(again.errors).toBeUndefined();
    expect(again.data!.recordDisbursement.id).toBe(first.data!.recordDisbursement.id);
    expect(await server.balanceOf(fund.id)).toBe(40_000n);
    expect(await paymentsFrom(fund.id)).toHaveLength(1);
  });

  it('refuses another amount under a key already used, and pays nothing more', async () => {
    const fund = await server.openFund(50_000n);
    const input = payment(fund.id);
    expect((await server.gql(RECORD_DISBURSEMENT, { input }, team.officer)).errors).toBeUndefined();
    const err = onlyError(
      await server.gql(RECORD_DISBURSEMENT, { input: { ...input, amount: '20000' } }, team.officer),
    );
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toContain('amount');
    expect(await server.balanceOf(fund.id)).toBe(40_000n);
    expect(await paymentsFrom(fund.id)).toHaveLength(1);
  });

  it('refuses to pay more than the fund holds, naming the balance, and writes nothing', async () => {
    const fund = await server.openFund(5_000n);
    const before = (await auditEventsFor('Disbursement')).length;
    const err = onlyError(
      await server.gql(RECORD_DISBURSEMENT, { input: payment(fund.id, { amount: '5001' }) }, team.officer),
    );
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toContain('¥50.00');
    expect(await server.balanceOf(fund.id)).toBe(5_000n);
    expect(await paymentsFrom(fund.id)).toHaveLength(0);
    expect(await auditEventsFor('Disbursement')).toHaveLength(before);
  });

  it('may empty a fund to exactly zero', async () => {
    const fund = await server.openFund(5_000n);
    expect(
      (await server.gql(RECORD_DISBURSEMENT, { input: payment(fund.id, { amount: '5000' }) }, team.officer)).errors,
    ).toBeUndefined();
    expect(await server.balanceOf(fund.id)).toBe(0n);
  });
});

describe('bad payment requests are refused before anything is written', () => {
  let fundId: string;
  beforeAll(async () => {
    fundId = (await server.openFund(50_000n)).id;
  });

  it.each([
    ['a zero amount', { amount: '0' }, 'input.amount'],
    ['a negative amount', { amount: '-100' }, 'input.amount'],
    ['an empty purpose', { purpose: '   ' }, 'input.purpose'],
    ['a purpose over 500 characters', { purpose: '救'.repeat(501) }, 'input.purpose'],
    ['a fund id that is not an id', { fundId: 'fund-1' }, 'input.fundId'],
    ['an unknown fund', { fundId: randomUUID() }, 'input.fundId'],
    ['a person the people subgraph does not know', { personId: randomUUID() }, 'input.personId'],
    ['a case the cases subgraph does not know', { caseId: randomUUID() }, 'input.caseId'],
  ])('%s names its field', async (_, overrides, field) => {
    const err = onlyError(await server.gql(RECORD_DISBURSEMENT, { input: payment(fundId, overrides) }, team.officer));
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await server.balanceOf(fundId)).toBe(50_000n);
    expect(await paymentsFrom(fundId)).toHaveLength(0);
  });

  it('a payment without a case is fine', async () => {
    const res = await server.gql<Paid>(
      RECORD_DISBURSEMENT,
      { input: payment(fundId, { caseId: null, amount: '100' }) },
      team.officer,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordDisbursement.case).toBeNull();
  });
});

describe('who may move money', () => {
  it('a fund officer may pay; a mediator may not', async () => {
    const fund = await server.openFund(50_000n);
    const mediator = await server.tokenFor(['MEDIATOR']);
    const refused = onlyError(await server.gql(RECORD_DISBURSEMENT, { input: payment(fund.id) }, mediator));
    expect(refused.code).toBe('FORBIDDEN');
    expect(await server.balanceOf(fund.id)).toBe(50_000n);
    expect((await server.gql(RECORD_DISBURSEMENT, { input: payment(fund.id) }, team.officer)).errors).toBeUndefined();
  });

  it('without a token the request is UNAUTHENTICATED', async () => {
    const fund = await server.openFund(50_000n);
    expect(onlyError(await server.gql(RECORD_DISBURSEMENT, { input: payment(fund.id) }, null)).code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('a fund approver may allocate money to a fund (audited); a fund officer may not', async () => {
    const fund = await server.openFund(1_000n);
    const allocate = `mutation($input: AllocateToFundInput!) { allocateToFund(input: $input) { id balance } }`;
    const input = { fundId: fund.id, amount: '250000', note: '县财政局 2026 年度信访救助资金拨款' };
    const refused = onlyError(await server.gql(allocate, { input }, team.officer));
    expect(refused.code).toBe('FORBIDDEN');
    const res = await server.gql<{ allocateToFund: { balance: string } }>(
      allocate,
      { input },
      await server.tokenFor(['FUND_APPROVER']),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.allocateToFund.balance).toBe('251000');
    expect(
      (await auditEventsFor('Fund')).filter((e) => e.entityId === fund.id && e.action === 'allocateToFund'),
    ).toHaveLength(1);
    const zero = onlyError(
      await server.gql(allocate, { input: { ...input, amount: '0' } }, await server.tokenFor(['ADMIN'])),
    );
    expect(zero).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.amount' });
  });
});
