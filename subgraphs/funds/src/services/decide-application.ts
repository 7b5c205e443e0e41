import { createApplicationsRepository, createFundsRepository, type ReliefApplicationRow } from '@onedoor/db';
import { type BaseContext, conflict, forbidden, notFound, recordAudit, requireViewer } from '@onedoor/subgraph-kit';
import { checkEligibility } from './eligibility';
import { formatYuan } from './money';

const PENDING = ['PROPOSED', 'AWAITING_SECOND_APPROVAL'] as const;

async function loadPending(ctx: BaseContext, id: string): Promise<ReliefApplicationRow> {
  const [application] = await createApplicationsRepository(ctx.db).byIds([id]);
  if (!application) throw notFound('Relief application', id, 'input.applicationId');
  if (!(PENDING as readonly string[]).includes(application.status)) {
    throw conflict(
      `Application ${id} is ${application.status}: only a PROPOSED application or one AWAITING_SECOND_APPROVAL can be decided.`,
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

/**
 * An approver decides (审批): never the proposer, and above the fund's threshold a second approver
 * who is neither. The first approval re-checks the fund's rules under a per-person lock, so two
 * approvals cannot together exceed the yearly cap.
 */
export async function approveReliefApplication(
  ctx: BaseContext,
  input: { applicationId: string },
): Promise<ReliefApplicationRow> {
  const viewer = requireViewer(ctx.viewer);
  const application = await loadPending(ctx, input.applicationId);
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
  return ctx.db.transaction(async (tx) => {
    const repo = createApplicationsRepository(tx);
    let decided: ReliefApplicationRow | null;
    if (application.status === 'PROPOSED') {
      await repo.lockPersonInFund(application.fundId, application.personId);
      await checkEligibility(tx, {
        fund: fund!,
        personId: application.personId,
        amount: application.amountFen,
        vulnerability: application.vulnerability,
        proposedAt: application.proposedAt,
        applicationId: application.id,
      });
      const threshold = fund!.secondApprovalAboveFen;
      const needsSecond = threshold !== null && application.amountFen > threshold;
      decided = await repo.transition(application.id, 'PROPOSED', {
        status: needsSecond ? 'AWAITING_SECOND_APPROVAL' : 'APPROVED',
        firstApprovedBy: viewer.accountId,
        firstApprovedAt: now,
        updatedAt: now,
      });
    } else {
      decided = await repo.transition(application.id, 'AWAITING_SECOND_APPROVAL', {
        status: 'APPROVED',
        secondApprovedBy: viewer.accountId,
        secondApprovedAt: now,
        updatedAt: now,
      });
    }
    if (!decided) throw changedMeanwhile(application.id);
    await recordAudit(tx, ctx, {
      subgraph: 'funds',
      action: 'approveReliefApplication',
      entityType: 'ReliefApplication',
      entityId: application.id,
      data: { status: decided.status, amount: formatYuan(decided.amountFen) },
    });
    return decided;
  });
}

/** An approver refuses an application (不予救助) with a reason the officer can tell the person. */
export async function rejectReliefApplication(
  ctx: BaseContext,
  input: { applicationId: string; reason: string },
): Promise<ReliefApplicationRow> {
  const viewer = requireViewer(ctx.viewer);
  const application = await loadPending(ctx, input.applicationId);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const rejected = await createApplicationsRepository(tx).transition(application.id, application.status, {
      status: 'REJECTED',
      rejectedBy: viewer.accountId,
      rejectedAt: now,
      rejectionReason: input.reason,
      updatedAt: now,
    });
    if (!rejected) throw changedMeanwhile(application.id);
    await recordAudit(tx, ctx, {
      subgraph: 'funds',
      action: 'rejectReliefApplication',
      entityType: 'ReliefApplication',
      entityId: application.id,
      data: { reason: input.reason },
    });
    return rejected;
  });
}
