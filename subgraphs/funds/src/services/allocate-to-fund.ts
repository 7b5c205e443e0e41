import { beijingYear } from '@onedoor/db';
import { createFundsRepository, type FundRow } from '@onedoor/db/funds';
import { badInput, type BaseContext, type ServiceCall } from '@onedoor/subgraph-kit';
import { postEntry } from './ledger';
import { auditedTransaction } from './audit';

export interface AllocateToFundCommand {
  fundId: string;
  amount: bigint;
  note: string;
  /** The budget year the money belongs to; the current year (China Standard Time) when left out. */
  budgetYear?: number | null;
}

/** Adds money to a fund (拨款) as a ledger entry from the budget, audited, in one transaction. */
export async function allocateToFund({
  ctx,
  input,
}: ServiceCall<BaseContext, AllocateToFundCommand>): Promise<FundRow> {
  const now = ctx.clock.now();
  const [fund] = await createFundsRepository(ctx.db).fundsByIds([input.fundId]);
  if (!fund)
    throw badInput('input.fundId', `Unknown fund '${input.fundId}'. Use an id from the funds query.`, {
      reason: 'NOT_FOUND',
    });
  return auditedTransaction({ ctx, action: 'allocateToFund', entityType: 'Fund' }, async (tx) => {
    const budgetYear = input.budgetYear ?? beijingYear(now);
    const entry = await postEntry({
      tx,
      entry: {
        kind: 'ALLOCATION',
        memo: input.note,
        occurredAt: now,
        recordedBy: ctx.viewer?.accountId ?? null,
        budgetYear,
      },
      lines: [
        { fundId: fund.id, amountFen: input.amount },
        { externalAccount: 'BUDGET', amountFen: -input.amount },
      ],
    });
    const [credited] = await createFundsRepository(tx).fundsByIds([fund.id]);
    return {
      result: credited!,
      entityId: fund.id,
      data: {
        amountFen: input.amount.toString(),
        balanceAfterFen: credited!.balanceFen.toString(),
        note: input.note,
        budgetYear,
        journalEntryId: entry.id,
      },
    };
  });
}
