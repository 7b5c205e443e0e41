import { createFundsRepository, type JournalEntryRow } from '@onedoor/db/funds';
import { badInput, type BaseContext, type ServiceCall } from '@onedoor/subgraph-kit';
import { postEntry } from './ledger';
import { auditedTransaction } from './audit';

export interface TransferBetweenFundsCommand {
  fromFundId: string;
  toFundId: string;
  amount: bigint;
  memo: string;
}

/** Moves money from one fund to another (调剂) as one balanced entry; the source may not go below zero. */
export async function transferBetweenFunds({
  ctx,
  input,
}: ServiceCall<BaseContext, TransferBetweenFundsCommand>): Promise<JournalEntryRow> {
  if (input.fromFundId === input.toFundId)
    throw badInput('input.toFundId', 'A transfer needs two different funds.', {
      reason: 'SAME_AS',
      params: { other: 'fromFundId' },
    });
  const funds = await createFundsRepository(ctx.db).fundsByIds([input.fromFundId, input.toFundId]);
  for (const [field, id] of [
    ['input.fromFundId', input.fromFundId],
    ['input.toFundId', input.toFundId],
  ] as const) {
    if (!funds.some((f) => f.id === id))
      throw badInput(field, `Unknown fund '${id}'. Use an id from the funds query.`, { reason: 'NOT_FOUND' });
  }
  const now = ctx.clock.now();
  return auditedTransaction({ ctx, action: 'transferBetweenFunds', entityType: 'JournalEntry' }, async (tx) => {
    const entry = await postEntry({
      tx,
      entry: { kind: 'TRANSFER', memo: input.memo, occurredAt: now, recordedBy: ctx.viewer?.accountId ?? null },
      lines: [
        { fundId: input.fromFundId, amountFen: -input.amount },
        { fundId: input.toFundId, amountFen: input.amount },
      ],
    });
    return {
      result: entry,
      entityId: entry.id,
      data: {
        fromFundId: input.fromFundId,
        toFundId: input.toFundId,
        amountFen: input.amount.toString(),
        memo: input.memo,
      },
    };
  });
}
