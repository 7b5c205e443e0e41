import { beforeAll, describe, expect, it } from 'vitest';
import { server, startFileServer, team } from './file-server';
import { onlyError } from './funds-server';
import { APPROVE, ok, propose } from './relief';

let fundId: string;
startFileServer();
beforeAll(async () => {
  fundId = (await server.openFund(100_000n)).id;
});

const APPROVE_REQUEST = `mutation($request: ApproveReliefApplicationInput) {
  approveReliefApplication(request: $request) { id status }
}`;
const APPROVE_BOTH = `mutation($id: ID!) {
  approveReliefApplication(input: { applicationId: $id }, request: { applicationId: $id }) { id status }
}`;
const APPROVE_NEITHER = `mutation { approveReliefApplication { id status } }`;

const statusOf = async (id: string) =>
  ok(
    await server.gql<{ reliefApplication: { status: string } }>(
      `query($id: ID!) { reliefApplication(id: $id) { status } }`,
      { id },
      team.approver,
    ),
  ).reliefApplication.status;

describe('approving relief with the renamed input (ApproveReliefApplicationInput as request)', () => {
  it('approves an application given as request', async () => {
    const id = await propose(server, team.officer, fundId, '1000');
    const res = await server.gql<{ approveReliefApplication: unknown }>(
      APPROVE_REQUEST,
      { request: { applicationId: id } },
      team.approver,
    );
    expect(ok(res).approveReliefApplication).toEqual({ id, status: 'APPROVED' });
  });

  it('still approves one given as the deprecated input (DecideReliefApplicationInput)', async () => {
    const id = await propose(server, team.officer, fundId, '1000');
    const res = await server.gql<{ approveReliefApplication: unknown }>(APPROVE, { id }, team.approver);
    expect(ok(res).approveReliefApplication).toEqual({ id, status: 'APPROVED' });
  });

  it('refuses both request and input, or neither, with BAD_USER_INPUT on request, and approves nothing', async () => {
    const id = await propose(server, team.officer, fundId, '1000');
    for (const [query, variables] of [
      [APPROVE_BOTH, { id }],
      [APPROVE_NEITHER, {}],
      [APPROVE_REQUEST, { request: null }],
    ] as const) {
      expect(onlyError(await server.gql(query, variables, team.approver))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'request',
      });
    }
    expect(await statusOf(id)).toBe('PROPOSED');
  });

  it('names a bad field inside request by its path under request', async () => {
    const res = await server.gql(APPROVE_REQUEST, { request: { applicationId: 'not-an-id' } }, team.approver);
    expect(onlyError(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'request.applicationId' });
  });

  it('is still for approvers only: an officer is FORBIDDEN whichever way the input comes', async () => {
    const id = await propose(server, team.officer, fundId, '1000');
    const res = await server.gql(APPROVE_REQUEST, { request: { applicationId: id } }, team.officer);
    expect(onlyError(res).code).toBe('FORBIDDEN');
    expect(await statusOf(id)).toBe('PROPOSED');
  });
});
