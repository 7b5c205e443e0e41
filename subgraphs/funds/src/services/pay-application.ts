import { createApplicationsRepository, createFundsRepository, type DisbursementRow } from '@onedoor/db/funds';
import { type BaseContext, conflict, type ServiceCall } from '@onedoor/subgraph-kit';
import { payOut, type PayOutCommand, replayIfKeyUsed } from './pay-out';
import { caseStatus } from './references';
import { namedApplication } from './named-application';

/**
 * Pays an approved application (发放) under the caller's idempotency key. A retry with the key gets
 * the first payment back, even once the application is PAID; a rejected or unapproved application is
 * refused; the application moves APPROVED → PAID in the payment's own transaction, so two payments
 * (two keys) of one application cannot both happen.
 */
export async function payReliefApplication({
  ctx,
  input,
}: ServiceCall<BaseContext, { applicationId: string; idempotencyKey: string }>): Promise<DisbursementRow> {
  const application = await namedApplication({ ctx, input });
  const command: PayOutCommand = {
    fundId: application.fundId,
    caseId: application.caseId,
    personId: application.personId,
    applicationId: application.id,
    amount: application.amountFen,
    purpose: application.reason.slice(0, 500),
    idempotencyKey: input.idempotencyKey,
  };
  const earlier = await replayIfKeyUsed({ ctx, command });
  if (earlier) return earlier;
  if (application.status !== 'APPROVED') throw notPayable(application.id, application.status);
  await checkWorkFundCaseResolved({ ctx, fundId: application.fundId, caseId: application.caseId });
  return payOut({
    ctx,
    command,
    action: 'payReliefApplication',
    async within(tx) {
      const paid = await createApplicationsRepository(tx).transition(application.id, 'APPROVED', {
        status: 'PAID',
        updatedAt: ctx.clock.now(),
      });
      if (!paid) throw notPayable(application.id, 'no longer APPROVED');
    },
  });
}

function notPayable(id: string, status: string) {
  const hint =
    status === 'PAID'
      ? 'It has been paid already.'
      : status === 'REJECTED'
        ? 'It was rejected.'
        : 'Have it approved first.';
  return conflict(`Application ${id} is ${status}; only an APPROVED application can be paid. ${hint}`, {
    field: 'input.applicationId',
    rule: 'NOT_APPROVED',
    status,
  });
}

/** Work funds (工作经费) reward resolving a listed hard case: they are paid once the case is closed (办结). */
async function checkWorkFundCaseResolved({
  ctx,
  fundId,
  caseId,
}: {
  ctx: BaseContext;
  fundId: string;
  caseId: string | null;
}): Promise<void> {
  const [fund] = await createFundsRepository(ctx.db).fundsByIds([fundId]);
  if (fund?.kind !== 'WORK_FUND' || !caseId) return;
  const status = await caseStatus({ ctx, caseId });
  if (status !== 'CLOSED') {
    throw conflict(
      `Work fund ${fund.code} pays once its case is resolved and closed; case ${caseId} is ${status ?? 'not visible to you'}. Pay after the case is closed.`,
      { field: 'input.applicationId', rule: 'CASE_NOT_RESOLVED', status },
    );
  }
}
