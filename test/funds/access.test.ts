import { beforeAll, describe, expect, it } from 'vitest';
import { server, startFileServer, team } from './file-server';
import { onlyError } from './funds-server';
import { APPROVE, approved, newKey, ok, PAY, propose } from './relief';

let fundId: string;
let applicationId: string;
startFileServer();
beforeAll(async () => {
  fundId = (await server.openFund(100_000n)).id;
  applicationId = await approved(server, team, fundId, '1000');
});

describe('who may read the ledger, applications and legal aid', () => {
  it.each([
    ['reliefApplications', '{ reliefApplications { totalCount } }'],
    ['journalEntries', '{ journalEntries { totalCount } }'],
    ['legalAidMatters', '{ legalAidMatters { totalCount } }'],
    ['reliefTotals', '{ reliefTotals(from: "2026-01-01", to: "2026-12-31") { byKind { paid } } }'],
    ['legalAidReport', '{ legalAidReport(from: "2026-01-01", to: "2026-12-31") { matters } }'],
  ])('%s: an auditor may, a handler may not', async (_, query) => {
    ok(await server.gql(query, {}, await server.tokenFor(['AUDITOR'])));
    expect(onlyError(await server.gql(query, {}, await server.tokenFor(['HANDLER']))).code).toBe('FORBIDDEN');
  });

  it("lists applications by status and a fund's journal, newest first", async () => {
    const res = ok(
      await server.gql<{
        reliefApplications: { nodes: { id: string }[] };
        journalEntries: { nodes: { kind: string }[]; totalCount: number };
      }>(
        `query($f: ID) { reliefApplications(filter: { fundId: $f, status: [APPROVED] }) { nodes { id } }
        journalEntries(filter: { fundId: $f }) { nodes { kind } totalCount } }`,
        { f: fundId },
        team.officer,
      ),
    );
    expect(res.reliefApplications.nodes).toEqual([{ id: applicationId }]);
    expect(res.journalEntries).toEqual({ nodes: [{ kind: 'ALLOCATION' }], totalCount: 1 });
  });
});

describe('follow-up after payment (回访) and fund rules', () => {
  const FOLLOW_UP = `mutation($id: ID!, $note: String!) { recordReliefFollowUp(input: { applicationId: $id, note: $note }) { status followUps { note } } }`;

  it('is recorded after payment by an officer; before payment it is CONFLICT; an auditor may not', async () => {
    expect(onlyError(await server.gql(FOLLOW_UP, { id: applicationId, note: '已回访' }, team.officer)).code).toBe(
      'CONFLICT',
    );
    ok(await server.gql(PAY, { id: applicationId, key: newKey() }, team.officer));
    expect(
      onlyError(await server.gql(FOLLOW_UP, { id: applicationId, note: '已回访' }, await server.tokenFor(['AUDITOR'])))
        .code,
    ).toBe('FORBIDDEN');
    expect(
      ok(
        await server.gql<{ recordReliefFollowUp: unknown }>(
          FOLLOW_UP,
          { id: applicationId, note: '救助金已用于治疗，生活趋于稳定' },
          team.officer,
        ),
      ).recordReliefFollowUp,
    ).toEqual({ status: 'PAID', followUps: [{ note: '救助金已用于治疗，生活趋于稳定' }] });
  });

  it('rules are set by an approver, not by an officer', async () => {
    const set = `mutation($input: SetFundRulesInput!) { setFundRules(input: $input) { perPersonYearlyCap secondApprovalAbove requiresVulnerability eligibleCaseStatuses } }`;
    const input = {
      fundId,
      rules: {
        perPersonYearlyCap: '500000',
        secondApprovalAbove: '100000',
        requiresVulnerability: true,
        eligibleCaseStatuses: ['CLOSED'],
      },
    };
    expect(onlyError(await server.gql(set, { input }, team.officer)).code).toBe('FORBIDDEN');
    expect(ok(await server.gql<{ setFundRules: unknown }>(set, { input }, team.approver)).setFundRules).toEqual({
      perPersonYearlyCap: '500000',
      secondApprovalAbove: '100000',
      requiresVulnerability: true,
      eligibleCaseStatuses: ['CLOSED'],
    });
  });

  it('a work fund (工作经费) is attached to a case and paid once that case is closed', async () => {
    const workFund = await server.openFund(100_000n, 'WORK_FUND');
    const res = await server.gql(
      `mutation($input: ProposeReliefApplicationInput!) { proposeReliefApplication(input: $input) { id } }`,
      { input: { fundId: workFund.id, personId: server.addPerson(), amount: '1000', reason: '积案化解' } },
      team.officer,
    );
    expect(onlyError(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.caseId' });
    const caseId = server.addCase('IN_HANDLING');
    const id = await propose(server, team.officer, workFund.id, '30000', { caseId });
    ok(await server.gql(APPROVE, { id }, team.approver));
    const key = newKey();
    const early = await server.gql(PAY, { id, key }, team.officer);
    expect(early.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      rule: 'CASE_NOT_RESOLVED',
      status: 'IN_HANDLING',
    });
    expect(await server.balanceOf(workFund.id)).toBe(100_000n);
    server.setCaseStatus(caseId, 'CLOSED');
    ok(await server.gql(PAY, { id, key }, team.officer));
    expect(await server.balanceOf(workFund.id)).toBe(70_000n);
  });

  it('a fund may relieve only cases in given statuses', async () => {
    const fund = await server.openFund(100_000n, 'LAW_RELATED_RELIEF', {
      eligibleCaseStatuses: ['IN_HANDLING', 'CLOSED'],
    });
    const proposeFor = (caseId: string | null) =>
      server.gql(
        `mutation($input: ProposeReliefApplicationInput!) { proposeReliefApplication(input: $input) { id } }`,
        { input: { fundId: fund.id, personId: server.addPerson(), caseId, amount: '1000', reason: '困难' } },
        team.officer,
      );
    expect(onlyError(await proposeFor(null))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.caseId' });
    expect((await proposeFor(server.addCase('REGISTERED'))).errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      rule: 'CASE_STATUS',
      status: 'REGISTERED',
    });
    ok(await proposeFor(server.addCase('CLOSED')));
  });
});
