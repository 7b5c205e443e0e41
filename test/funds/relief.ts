import { randomUUID } from 'node:crypto';
import { auditEventsTable } from '@onedoor/db/audit';
import { createLedgerRepository, disbursementsTable } from '@onedoor/db/funds';
import { expect } from 'vitest';
import type { FundsServer, GraphQLResponse } from './funds-server';

export const PROPOSE = `mutation($input: ProposeReliefApplicationInput!) {
  proposeReliefApplication(input: $input) { id status amount }
}`;
export const APPROVE = `mutation($id: ID!) { approveReliefApplication(input: { applicationId: $id }) { id status } }`;
export const REJECT = `mutation($id: ID!, $reason: String!) { rejectReliefApplication(input: { applicationId: $id, reason: $reason }) { id status rejectionReason } }`;
export const PAY = `mutation($id: ID!, $key: String!) {
  payReliefApplication(input: { applicationId: $id, idempotencyKey: $key }) { id amount status fund { id balance } application { id status } }
}`;
export const REVERSE = `mutation($id: ID!, $reason: String!) {
  reverseDisbursement(input: { disbursementId: $id, reason: $reason }) { id status reversalReason fund { balance } }
}`;

/** What PAY answers: the payment, its fund and its application. */
export interface Payment {
  id: string;
  amount: string;
  status: string;
  fund: { id: string; balance: string };
  application: { id: string; status: string };
}
export type Paid = GraphQLResponse<{ payReliefApplication: Payment }>;

/** The data of a response that must have succeeded. */
export function ok<T>(response: GraphQLResponse<T>): T {
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data!;
}

/** Tokens of one officer and two approvers, each its own account. */
export async function reliefTeam(server: FundsServer) {
  return {
    officer: await server.tokenFor(['FUND_OFFICER']),
    approver: await server.tokenFor(['FUND_APPROVER']),
    secondApprover: await server.tokenFor(['FUND_APPROVER']),
  };
}
export type ReliefTeam = Awaited<ReturnType<typeof reliefTeam>>;

/** An application proposed through the API for a new person; returns its id. */
export async function propose(
  server: FundsServer,
  officer: string,
  fundId: string,
  amount: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const input = { fundId, personId: server.addPerson(), amount, reason: '因病致贫，生活困难', ...extra };
  return ok(await server.gql<{ proposeReliefApplication: { id: string } }>(PROPOSE, { input }, officer))
    .proposeReliefApplication.id;
}

/** An application proposed by the officer and approved by the approver. */
export async function approved(
  server: FundsServer,
  team: { officer: string; approver: string },
  fundId: string,
  amount: string,
): Promise<string> {
  const id = await propose(server, team.officer, fundId, amount);
  expect(
    ok(await server.gql<{ approveReliefApplication: { status: string } }>(APPROVE, { id }, team.approver))
      .approveReliefApplication.status,
  ).toBe('APPROVED');
  return id;
}

/** Pays an application through the API with a fresh idempotency key, as `officer`; the payment must succeed. */
export async function pay(server: FundsServer, officer: string, applicationId: string): Promise<Payment> {
  return ok(await server.gql<{ payReliefApplication: Payment }>(PAY, { id: applicationId, key: newKey() }, officer))
    .payReliefApplication;
}

/** Every fund's cached balance equals the sum of its ledger lines, and all lines sum to zero. */
export async function expectLedgerConsistent(server: FundsServer, fundIds: string[]): Promise<void> {
  const ledger = createLedgerRepository(server.db);
  expect(await ledger.trialBalance()).toBe(0n);
  const sums = new Map((await ledger.ledgerBalances(fundIds)).map((b) => [b.fundId, b.balanceFen]));
  for (const id of fundIds) expect(await server.balanceOf(id), `fund ${id}`).toBe(sums.get(id) ?? 0n);
}

export const newKey = () => randomUUID();

/** Exactly `n` payments from the fund, each with its audit event of `action`. */
export async function expectPaymentsAudited(server: FundsServer, fundId: string, action: string, n: number) {
  const payments = (await server.db.select().from(disbursementsTable)).filter((d) => d.fundId === fundId);
  expect(payments).toHaveLength(n);
  const paidIds = new Set(payments.map((p) => p.id));
  const audited = (await server.db.select().from(auditEventsTable)).filter(
    (e) => e.action === action && paidIds.has(e.entityId!),
  );
  expect(audited).toHaveLength(n);
}
