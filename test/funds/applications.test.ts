import { auditEventsTable } from '@onedoor/db/audit';
import { disbursementsTable, journalEntriesTable, reliefApplicationsTable } from '@onedoor/db/funds';
import { describe, expect, it } from 'vitest';
import { server, startFileServer, team } from './file-server';
import { onlyError } from './funds-server';
import { APPROVE, approved, expectLedgerConsistent, newKey, ok, PAY, pay, propose, PROPOSE, REJECT } from './relief';

startFileServer();

/** Row counts that must not move when a request is refused. */
async function snapshot(fundId: string) {
  const [applications, payments, entries, audit] = await Promise.all([
    server.db.select().from(reliefApplicationsTable),
    server.db.select().from(disbursementsTable),
    server.db.select().from(journalEntriesTable),
    server.db.select().from(auditEventsTable),
  ]);
  return {
    balance: await server.balanceOf(fundId),
    applications: applications.map((a) => `${a.id}:${a.status}`).sort(),
    payments: payments.length,
    entries: entries.length,
    audit: audit.length,
  };
}

describe('the approval chain (审批)', () => {
  it('an officer proposes, an approver approves, the officer pays: the fund pays the approved amount once', async () => {
    const fund = await server.openFund(100_000n);
    const id = await approved(server, team, fund.id, '25000');
    const paid = await pay(server, team.officer, id);
    expect(paid).toMatchObject({
      amount: '25000',
      status: 'PAID',
      application: { status: 'PAID' },
      fund: { balance: '75000' },
    });
    await expectLedgerConsistent(server, [fund.id]);
  });

  it('the proposer may not approve their own application: FORBIDDEN, and nothing changes', async () => {
    const fund = await server.openFund(100_000n);
    const approverWhoProposes = await server.tokenFor(['FUND_APPROVER']);
    const id = await propose(server, approverWhoProposes, fund.id, '10000');
    const before = await snapshot(fund.id);
    const err = onlyError(await server.gql(APPROVE, { id }, approverWhoProposes));
    expect(err.code).toBe('FORBIDDEN');
    expect(err.message).toContain('another approver');
    expect(await snapshot(fund.id)).toEqual(before);
  });

  it("above the fund's threshold a second, different approver is needed", async () => {
    const fund = await server.openFund(1_000_000n, 'PETITION_RELIEF', { secondApprovalAboveFen: 50_000n });
    const id = await propose(server, team.officer, fund.id, '80000');
    expect(
      ok(await server.gql<{ approveReliefApplication: { status: string } }>(APPROVE, { id }, team.approver))
        .approveReliefApplication.status,
    ).toBe('AWAITING_SECOND_APPROVAL');
    expect(onlyError(await server.gql(PAY, { id, key: newKey() }, team.officer)).code).toBe('CONFLICT');
    expect(onlyError(await server.gql(APPROVE, { id }, team.approver)).code).toBe('FORBIDDEN');
    expect(
      ok(await server.gql<{ approveReliefApplication: { status: string } }>(APPROVE, { id }, team.secondApprover))
        .approveReliefApplication.status,
    ).toBe('APPROVED');
  });

  it('paying an application that is only proposed is CONFLICT, and nothing changes', async () => {
    const fund = await server.openFund(100_000n);
    const id = await propose(server, team.officer, fund.id, '10000');
    const before = await snapshot(fund.id);
    const err = onlyError(await server.gql(PAY, { id, key: newKey() }, team.officer));
    expect(err).toMatchObject({ code: 'CONFLICT', field: 'input.applicationId' });
    expect(err.message).toContain('PROPOSED');
    expect(await snapshot(fund.id)).toEqual(before);
  });

  it('a rejected application keeps its reason and cannot be paid: CONFLICT, and nothing changes', async () => {
    const fund = await server.openFund(100_000n);
    const id = await propose(server, team.officer, fund.id, '10000');
    const rejected = ok(
      await server.gql<{ rejectReliefApplication: { status: string; rejectionReason: string } }>(
        REJECT,
        { id, reason: '家庭收入高于救助标准' },
        team.approver,
      ),
    ).rejectReliefApplication;
    expect(rejected).toEqual({ id, status: 'REJECTED', rejectionReason: '家庭收入高于救助标准' });
    const before = await snapshot(fund.id);
    const err = onlyError(await server.gql(PAY, { id, key: newKey() }, team.officer));
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toContain('rejected');
    expect(onlyError(await server.gql(APPROVE, { id }, team.approver)).code).toBe('CONFLICT');
    expect(await snapshot(fund.id)).toEqual(before);
  });
});

describe('idempotent payment (幂等)', () => {
  it('a key already used for one application is refused for another, which stays unpaid', async () => {
    const fund = await server.openFund(100_000n);
    const [a, b] = [await approved(server, team, fund.id, '1000'), await approved(server, team, fund.id, '2000')];
    const key = newKey();
    const first = ok(
      await server.gql<{ payReliefApplication: { id: string } }>(PAY, { id: a, key }, team.officer),
    ).payReliefApplication;
    expect(
      ok(await server.gql<{ payReliefApplication: { id: string } }>(PAY, { id: a, key }, team.officer))
        .payReliefApplication.id,
    ).toBe(first.id);
    const before = await snapshot(fund.id);
    const res = await server.gql(PAY, { id: b, key }, team.officer);
    expect(onlyError(res)).toMatchObject({ code: 'CONFLICT', field: 'input.idempotencyKey' });
    expect(await snapshot(fund.id)).toEqual(before);
  });

  it('every successful step writes its audit event', async () => {
    const fund = await server.openFund(100_000n);
    const id = await approved(server, team, fund.id, '1000');
    const paid = await pay(server, team.officer, id);
    const events = (await server.db.select().from(auditEventsTable)).filter(
      (e) => e.entityId === id || e.entityId === paid.id,
    );
    expect(events.map((e) => e.action).sort()).toEqual([
      'approveReliefApplication',
      'payReliefApplication',
      'proposeReliefApplication',
    ]);
    expect(events.every((e) => e.subgraph === 'funds' && e.actorAccountId)).toBe(true);
  });
});

describe("the fund's rules (救助条件)", () => {
  it('an amount over the per-person yearly cap is CONFLICT naming the rule, and nothing is written', async () => {
    const fund = await server.openFund(1_000_000n, 'PETITION_RELIEF', { perPersonYearlyCapFen: 50_000n });
    const personId = server.addPerson();
    const first = await propose(server, team.officer, fund.id, '30000', { personId });
    ok(await server.gql(APPROVE, { id: first }, team.approver));
    const before = await snapshot(fund.id);
    const res = await server.gql(
      PROPOSE,
      { input: { fundId: fund.id, personId, amount: '20001', reason: '再次救助' } },
      team.officer,
    );
    const err = onlyError(res);
    expect(err).toMatchObject({ code: 'CONFLICT', field: 'input.amount' });
    expect(res.errors![0]!.extensions).toMatchObject({
      rule: 'PER_PERSON_YEARLY_CAP',
      capFen: '50000',
      committedFen: '30000',
    });
    expect(err.message).toContain('¥200.00');
    expect(await snapshot(fund.id)).toEqual(before);
    // exactly up to the cap is fine
    await propose(server, team.officer, fund.id, '20000', { personId });
  });

  it('two proposals that each fit the cap cannot both be approved', async () => {
    const fund = await server.openFund(1_000_000n, 'PETITION_RELIEF', { perPersonYearlyCapFen: 50_000n });
    const personId = server.addPerson();
    const a = await propose(server, team.officer, fund.id, '30000', { personId });
    const b = await propose(server, team.officer, fund.id, '30000', { personId });
    ok(await server.gql(APPROVE, { id: a }, team.approver));
    const res = await server.gql(APPROVE, { id: b }, team.approver);
    expect(onlyError(res).code).toBe('CONFLICT');
    expect(res.errors![0]!.extensions?.rule).toBe('PER_PERSON_YEARLY_CAP');
  });

  it("a fund for vulnerable groups needs a vulnerability, and the person's record must show it", async () => {
    const fund = await server.openFund(1_000_000n, 'EXTREME_HARDSHIP_RELIEF', { requiresVulnerability: true });
    const res = await server.gql(
      PROPOSE,
      { input: { fundId: fund.id, personId: server.addPerson(), amount: '1000', reason: '特困' } },
      team.officer,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', rule: 'VULNERABILITY_REQUIRED' });
    const claimed = await server.gql(
      PROPOSE,
      {
        input: {
          fundId: fund.id,
          personId: server.addPerson(['ELDERLY']),
          amount: '1000',
          reason: '特困',
          vulnerability: 'EXTREME_HARDSHIP',
        },
      },
      team.officer,
    );
    expect(claimed.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      rule: 'VULNERABILITY_NOT_RECORDED',
      field: 'input.vulnerability',
    });
    await propose(server, team.officer, fund.id, '1000', {
      vulnerability: 'EXTREME_HARDSHIP',
      personId: server.addPerson(['EXTREME_HARDSHIP']),
    });
  });

  it('bad input names its field before anything is written', async () => {
    const fund = await server.openFund(1_000n);
    const base = { fundId: fund.id, personId: server.addPerson(), amount: '100', reason: '困难' };
    const cases: [Record<string, unknown>, string][] = [
      [{ amount: '0' }, 'input.amount'],
      [{ reason: ' ' }, 'input.reason'],
      [{ personId: server.addPerson().replace(/.$/, 'x') }, 'input.personId'],
      [
        { evidence: [{ fileName: 'a.pdf', contentType: 'application/pdf', sizeBytes: 10, sha256: 'nothex' }] },
        'input.evidence.0.sha256',
      ],
    ];
    for (const [overrides, field] of cases) {
      expect(onlyError(await server.gql(PROPOSE, { input: { ...base, ...overrides } }, team.officer))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
    }
  });
});

describe('who may do what with applications', () => {
  it.each([
    ['proposeReliefApplication', 'FUND_OFFICER', 'AUDITOR'],
    ['approveReliefApplication', 'FUND_APPROVER', 'FUND_OFFICER'],
    ['rejectReliefApplication', 'ADMIN', 'FUND_OFFICER'],
    ['payReliefApplication', 'FUND_OFFICER', 'LEADER'],
  ] as const)('%s: %s may, %s may not', async (operation, allowed, refused) => {
    const fund = await server.openFund(100_000n);
    const id =
      operation === 'payReliefApplication'
        ? await approved(server, team, fund.id, '100')
        : await propose(server, team.officer, fund.id, '100');
    const call = (token: string) => {
      if (operation === 'proposeReliefApplication')
        return server.gql(
          PROPOSE,
          { input: { fundId: fund.id, personId: server.addPerson(), amount: '100', reason: '困难' } },
          token,
        );
      if (operation === 'approveReliefApplication') return server.gql(APPROVE, { id }, token);
      if (operation === 'rejectReliefApplication') return server.gql(REJECT, { id, reason: '不符合条件' }, token);
      return server.gql(PAY, { id, key: newKey() }, token);
    };
    expect(onlyError(await call(await server.tokenFor([refused]))).code).toBe('FORBIDDEN');
    ok(await call(await server.tokenFor([allowed])));
  });
});
