import { createFundsRepository, type DisbursementRow } from '@onedoor/db/funds';
import { badInput, type BaseContext, type ServiceCall } from '@onedoor/subgraph-kit';
import { payOut } from './pay-out';
import { checkReferences } from './references';

export interface RecordDisbursementCommand {
  fundId: string;
  caseId?: string | null;
  personId: string;
  amount: bigint;
  purpose: string;
  idempotencyKey: string;
}

/**
 * Pays money from a fund without an application (the original API, kept for partners). References
 * are checked before anything is written; the payment itself is `payOut`'s one transaction.
 */
export async function recordDisbursement({
  ctx,
  input,
}: ServiceCall<BaseContext, RecordDisbursementCommand>): Promise<DisbursementRow> {
  const [fund] = await createFundsRepository(ctx.db).fundsByIds([input.fundId]);
  if (!fund)
    throw badInput('input.fundId', `Unknown fund '${input.fundId}'. Use an id from the funds query.`, {
      reason: 'NOT_FOUND',
    });
  await checkReferences({ ctx, personId: input.personId, caseId: input.caseId ?? null });
  return payOut({
    ctx,
    command: { ...input, caseId: input.caseId ?? null, applicationId: null },
    action: 'recordDisbursement',
  });
}
