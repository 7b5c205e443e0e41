import {
  createApplicationsRepository,
  createFundsRepository,
  type EvidenceItem,
  type FundRow,
  type ReliefApplicationRow,
} from '@onedoor/db/funds';
import { badInput, type BaseContext, conflict, created, requireViewer, type ServiceCall } from '@onedoor/subgraph-kit';
import { checkEligibility } from './eligibility';
import { caseStatus, checkReferences, personVulnerabilities } from './references';
import { auditedTransaction } from './audit';
import { namedApplication } from './named-application';

export interface ProposeApplicationCommand {
  fundId: string;
  personId: string;
  caseId?: string | null;
  townshipId?: string | null;
  vulnerability?: string | null;
  amount: bigint;
  reason: string;
  evidence: EvidenceItem[];
}

/** An officer proposes relief (救助申请) for a person; the fund's rules are checked before anything is written. */
export async function proposeReliefApplication({
  ctx,
  input,
}: ServiceCall<BaseContext, ProposeApplicationCommand>): Promise<ReliefApplicationRow> {
  const viewer = requireViewer(ctx.viewer);
  const [fund] = await createFundsRepository(ctx.db).fundsByIds([input.fundId]);
  if (!fund)
    throw badInput('input.fundId', `Unknown fund '${input.fundId}'. Use an id from the funds query.`, {
      reason: 'NOT_FOUND',
    });
  await checkWhoAndWhy({ ctx, fund, input });
  const now = ctx.clock.now();
  await checkEligibility({
    db: ctx.db,
    fund,
    personId: input.personId,
    amount: input.amount,
    vulnerability: input.vulnerability ?? null,
    proposedAt: now,
  });
  return auditedTransaction(
    { ctx, action: 'proposeReliefApplication', entityType: 'ReliefApplication' },
    async (tx) => {
      const application = await createApplicationsRepository(tx).insert({
        fundId: fund.id,
        personId: input.personId,
        caseId: input.caseId ?? null,
        townshipId: input.townshipId ?? null,
        vulnerability: input.vulnerability ?? null,
        amountFen: input.amount,
        reason: input.reason,
        evidence: input.evidence,
        proposedBy: viewer.accountId,
        proposedAt: now,
        ...created(now),
      });
      return {
        result: application,
        entityId: application.id,
        data: {
          fundId: fund.id,
          personId: input.personId,
          caseId: input.caseId ?? null,
          amountFen: input.amount.toString(),
          evidence: input.evidence.length,
        },
      };
    },
  );
}

/**
 * Who the relief is for and why, as the other subgraphs record them: the person, case and township exist, a
 * work fund's case is given, the case is in a status the fund relieves, the vulnerability is on the person.
 */
async function checkWhoAndWhy({
  ctx,
  fund,
  input,
}: {
  ctx: BaseContext;
  fund: FundRow;
  input: ProposeApplicationCommand;
}): Promise<void> {
  if (fund.kind === 'WORK_FUND' && !input.caseId) {
    throw badInput(
      'input.caseId',
      `Fund ${fund.code} is a work fund (工作经费): it pays for a listed hard case. Give the case's id.`,
      { reason: 'REQUIRED' },
    );
  }
  await checkReferences({
    ctx,
    personId: input.personId,
    caseId: input.caseId ?? null,
    townshipId: input.townshipId ?? null,
  });
  await checkCaseStatus({ ctx, fund, caseId: input.caseId ?? null });
  if (input.vulnerability) {
    await checkVulnerabilityRecorded({ ctx, personId: input.personId, vulnerability: input.vulnerability });
  }
}

/** A service note after payment (回访): how the relief helped, what is still needed; returns the application. */
export async function recordReliefFollowUp({
  ctx,
  input,
}: ServiceCall<BaseContext, { applicationId: string; note: string }>): Promise<ReliefApplicationRow> {
  const application = await namedApplication({ ctx, input });
  if (application.status !== 'PAID') {
    throw conflict(
      `Application ${application.id} is ${application.status}; follow-up notes are recorded after payment.`,
      { field: 'input.applicationId', rule: 'NOT_PAID' },
    );
  }
  const now = ctx.clock.now();
  return auditedTransaction({ ctx, action: 'recordReliefFollowUp', entityType: 'ReliefApplication' }, async (tx) => {
    const note = await createApplicationsRepository(tx).insertFollowUp({
      applicationId: application.id,
      note: input.note,
      recordedBy: ctx.viewer?.accountId ?? null,
      recordedAt: now,
    });
    return { result: application, entityId: application.id, data: { followUpId: note.id } };
  });
}

/** A fund may relieve only cases in given statuses (e.g. being handled or closed); the cases subgraph says which status a case is in. */
async function checkCaseStatus({
  ctx,
  fund,
  caseId,
}: {
  ctx: BaseContext;
  fund: FundRow;
  caseId: string | null;
}): Promise<void> {
  const allowed = fund.eligibleCaseStatuses;
  if (!allowed?.length) return;
  if (!caseId)
    throw badInput(
      'input.caseId',
      `Fund ${fund.code} relieves only cases in status ${allowed.join(' or ')}; give the case's id.`,
      { reason: 'REQUIRED' },
    );
  const status = await caseStatus({ ctx, caseId });
  if (!status || !allowed.includes(status)) {
    throw conflict(
      `Fund ${fund.code} relieves only cases in status ${allowed.join(' or ')}; case ${caseId} is ${status ?? 'not visible to you'}.`,
      { field: 'input.caseId', rule: 'CASE_STATUS', status },
    );
  }
}

/** The vulnerability an application relies on must be the one the people subgraph records for the person, not only a claim. */
async function checkVulnerabilityRecorded({
  ctx,
  personId,
  vulnerability,
}: {
  ctx: BaseContext;
  personId: string;
  vulnerability: string;
}): Promise<void> {
  const recorded = await personVulnerabilities({ ctx, personId });
  if (!recorded?.includes(vulnerability)) {
    throw conflict(
      `The person's record does not show ${vulnerability} (recorded: ${recorded?.join(', ') || 'none'}). Record it on the person first, with its evidence.`,
      { field: 'input.vulnerability', rule: 'VULNERABILITY_NOT_RECORDED' },
    );
  }
}
