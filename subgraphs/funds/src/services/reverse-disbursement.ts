import type { Transaction } from '@onedoor/db';
import { createApplicationsRepository, createFundsRepository, type DisbursementRow } from '@onedoor/db/funds';
import { type BaseContext, conflict, loadNamed, type ServiceCall } from '@onedoor/subgraph-kit';
import { pgErrorCode, postEntry } from './ledger';
import { auditedTransaction } from './audit';

export interface ReverseDisbursementCommand {
  disbursementId: string;
  reason: string;
}

const alreadyReversed = (id: string) =>
  conflict(`Disbursement ${id} has already been reversed; a payment is reversed at most once.`, {
    field: 'input.disbursementId',
    rule: 'ALREADY_REVERSED',
  });

/** The REVERSAL entry: the payment's amount back from the payees into its fund, pointing at the payment's entry. */
function postReversal({
  tx,
  paid,
  reason,
  at,
  by,
}: {
  tx: Transaction;
  paid: DisbursementRow;
  reason: string;
  at: Date;
  by: string | null;
}) {
  return postEntry({
    tx,
    entry: { kind: 'REVERSAL', memo: reason, occurredAt: at, recordedBy: by, reversesEntryId: paid.journalEntryId },
    lines: [
      { fundId: paid.fundId, amountFen: paid.amountFen },
      { externalAccount: 'PAYEES', amountFen: -paid.amountFen },
    ],
  });
}

/**
 * Reverses a paid disbursement (冲正): a new journal entry puts the money back into the fund; the
 * original entry stays as it was. The payment and its application are marked reversed, all in one
 * transaction. The unique `reverses_entry_id` makes a concurrent second reversal fail in the database.
 */
export async function reverseDisbursement({
  ctx,
  input,
}: ServiceCall<BaseContext, ReverseDisbursementCommand>): Promise<DisbursementRow> {
  const payments = createFundsRepository(ctx.db);
  const paid = await loadNamed('Disbursement', input, 'disbursementId', payments.disbursementsByIds);
  if (paid.reversalEntryId) throw alreadyReversed(paid.id);
  if (!paid.journalEntryId) throw new Error(`Disbursement ${paid.id} has no journal entry.`);
  const now = ctx.clock.now();
  const by = ctx.viewer?.accountId ?? null;
  try {
    return await auditedTransaction({ ctx, action: 'reverseDisbursement', entityType: 'Disbursement' }, async (tx) => {
      const entry = await postReversal({ tx, paid, reason: input.reason, at: now, by });
      const reversed = await createFundsRepository(tx).markReversed(paid.id, {
        entryId: entry.id,
        at: now,
        by,
        reason: input.reason,
      });
      if (!reversed) throw alreadyReversed(paid.id);
      if (paid.applicationId) {
        await createApplicationsRepository(tx).transition(paid.applicationId, 'PAID', {
          status: 'REVERSED',
          updatedAt: now,
        });
      }
      return {
        result: reversed,
        entityId: paid.id,
        data: {
          fundId: paid.fundId,
          amountFen: paid.amountFen.toString(),
          reason: input.reason,
          reversalEntryId: entry.id,
        },
      };
    });
  } catch (error) {
    if (pgErrorCode(error) === '23505') throw alreadyReversed(paid.id);
    throw error;
  }
}
