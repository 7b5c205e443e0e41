import type { Transaction } from '@onedoor/db';
import {
  createApplicationsRepository,
  createFundsRepository,
  type FundRow,
  type ReliefApplicationRow,
} from '@onedoor/db/funds';
import { type BaseContext, conflict, forbidden, requireViewer, type ServiceCall } from '@onedoor/subgraph-kit';
import { checkEligibility } from './eligibility';
import { formatYuan } from './money';
import { auditedTransaction } from './audit';
import { namedApplication } from './named-application';

const PENDING = ['PROPOSED', 'AWAITING_SECOND_APPROVAL'] as const;

async function loadPending(call: ServiceCall<BaseContext, { applicationId: string }>): Promise<ReliefApplicationRow> {
  const application = await namedApplication(call);
  if (!(PENDING as readonly string[]).includes(application.status)) {
    throw conflict(
      `Application ${call.input.applicationId} is ${application.status}: only a PROPOSED application or one AWAITING_SECOND_APPROVAL can be decided.`,
      { field: 'input.applicationId', rule: 'NOT_PENDING', status: application.status },
    );
  }
  return application;
}

const changedMeanwhile = (id: string) =>
  conflict(`Application ${id} was decided by someone else while you were deciding; reload it and look again.`, {
    field: 'input.applicationId',
    rule: 'STALE',
  });

/** One decision on a pending application: its move and its audit event, in one transaction. */
interface Decision {
  ctx: BaseContext;
  application: ReliefApplicationRow;
  action: 'approveReliefApplication' | 'rejectReliefApplication';
  /** Moves the application on from the status read; null when someone else moved it first. */
  move: (tx: Transaction) => Promise<ReliefApplicationRow | null>;
  /** What the audit event records of the decided application. */
  audited: (decided: ReliefApplicationRow) => Record<string, unknown>;
}

function decide({ ctx, application, action, move, audited }: Decision): Promise<ReliefApplicationRow> {
  return auditedTransaction({ ctx, action, entityType: 'ReliefApplication' }, async (tx) => {
    const decided = await move(tx);
    if (!decided) throw changedMeanwhile(application.id);
    return { result: decided, entityId: application.id, data: audited(decided) };
  });
}

/**
 * The first approval re-checks the fund's rules under a per-person lock, so two approvals cannot together
 * exceed the yearly cap; above the fund's threshold it leaves the application for a second approver.
 */
async function approveFirst({
  tx,
  application,
  fund,
  by,
  now,
}: {
  tx: Transaction;
  application: ReliefApplicationRow;
  fund: FundRow;
  by: string;
  now: Date;
}): Promise<ReliefApplicationRow | null> {
  const repo = createApplicationsRepository(tx);
  await repo.lockPersonInFund(application.fundId, application.personId);
  await checkEligibility({
    db: tx,
    fund,
    personId: application.personId,
    amount: application.amountFen,
    vulnerability: application.vulnerability,
    proposedAt: application.proposedAt,
    applicationId: application.id,
  });
  const threshold = fund.secondApprovalAboveFen;
  const needsSecond = threshold !== null && application.amountFen > threshold;
  return repo.transition(application.id, 'PROPOSED', {
    status: needsSecond ? 'AWAITING_SECOND_APPROVAL' : 'APPROVED',
    firstApprovedBy: by,
    firstApprovedAt: now,
    updatedAt: now,
  });
}

/**
 * An approver decides (审批): never the proposer, and above the fund's threshold a second approver
 * who is neither.
 */
export async function approveReliefApplication({
  ctx,
  input,
}: ServiceCall<BaseContext, { applicationId: string }>): Promise<ReliefApplicationRow> {
  const viewer = requireViewer(ctx.viewer);
  const application = await loadPending({ ctx, input });
  if (application.proposedBy === viewer.accountId) {
    throw forbidden(`You proposed application ${application.id}; another approver must decide it (审批分离).`);
  }
  if (application.firstApprovedBy === viewer.accountId) {
    throw forbidden(
      `You already approved application ${application.id}; its amount needs a second, different approver.`,
    );
  }
  const [fund] = await createFundsRepository(ctx.db).fundsByIds([application.fundId]);
  const now = ctx.clock.now();
  const by = viewer.accountId;
  return decide({
    ctx,
    application,
    action: 'approveReliefApplication',
    move: (tx) =>
      application.status === 'PROPOSED'
        ? approveFirst({ tx, application, fund: fund!, by, now })
        : createApplicationsRepository(tx).transition(application.id, 'AWAITING_SECOND_APPROVAL', {
            status: 'APPROVED',
            secondApprovedBy: by,
            secondApprovedAt: now,
            updatedAt: now,
          }),
    audited: (decided) => ({ status: decided.status, amount: formatYuan(decided.amountFen) }),
  });
}

/** An approver refuses an application (不予救助) with a reason the officer can tell the person. */
export async function rejectReliefApplication({
  ctx,
  input,
}: ServiceCall<BaseContext, { applicationId: string; reason: string }>): Promise<ReliefApplicationRow> {
  const viewer = requireViewer(ctx.viewer);
  const application = await loadPending({ ctx, input });
  const now = ctx.clock.now();
  return decide({
    ctx,
    application,
    action: 'rejectReliefApplication',
    move: (tx) =>
      createApplicationsRepository(tx).transition(application.id, application.status, {
        status: 'REJECTED',
        rejectedBy: viewer.accountId,
        rejectedAt: now,
        rejectionReason: input.reason,
        updatedAt: now,
      }),
    audited: () => ({ reason: input.reason }),
  });
}
