import { createFundsRepository, type FundRow } from '@onedoor/db';
import { badInput, type BaseContext, recordAudit } from '@onedoor/subgraph-kit';

export interface AllocateToFundCommand {
  fundId: string;
  amount: bigint;
  note: string;
}

/** Adds money to a fund (拨款) and audits it, in one transaction. */
export async function allocateToFund(ctx: BaseContext, input: AllocateToFundCommand): Promise<FundRow> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const credited = await createFundsRepository(tx).creditFund(input.fundId, input.amount, now);
    if (!credited) throw badInput('input.fundId', `Unknown fund '${input.fundId}'. Use an id from the funds query.`);
    await recordAudit(tx, ctx, {
      subgraph: 'funds',
      action: 'allocateToFund',
      entityType: 'Fund',
      entityId: credited.id,
      data: { amountFen: input.amount.toString(), balanceAfterFen: credited.balanceFen.toString(), note: input.note },
    });
    return credited;
  });
}
