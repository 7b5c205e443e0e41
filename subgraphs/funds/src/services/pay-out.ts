import type { Transaction } from '@onedoor/db';
import { createFundsRepository, createLedgerRepository, type DisbursementRow } from '@onedoor/db/funds';
import { type BaseContext, conflict, created } from '@onedoor/subgraph-kit';
import { postLines } from './ledger';
import { auditedTransaction } from './audit';

export interface PayOutCommand {
  fundId: string;
  caseId: string | null;
  personId: string;
  applicationId: string | null;
  amount: bigint;
  purpose: string;
  idempotencyKey: string;
}

/** Rolls the transaction back when another transaction already holds the key (or the application). */
class AlreadyTaken extends Error {}

/** The first payment under this key, replayed (or refused if this request differs); null when the key is new. */
export async function replayIfKeyUsed({
  ctx,
  command,
}: {
  ctx: BaseContext;
  command: PayOutCommand;
}): Promise<DisbursementRow | null> {
  const first = await createFundsRepository(ctx.db).disbursementByIdempotencyKey(command.idempotencyKey);
  return first ? replay(first, command) : null;
}

export interface PayOut {
  ctx: BaseContext;
  command: PayOutCommand;
  /** The audit action: the mutation paying. */
  action: string;
  /** The caller's own step, inside the payment's transaction. */
  within?: (tx: Transaction, paid: DisbursementRow) => Promise<void>;
}

/**
 * Pays money out of a fund as one transaction: the journal entry row, the disbursement under its
 * idempotency key (a concurrent request with the same key waits here and then finds it taken), the
 * caller's own step (`within`), the entry's lines (fund locked, balance checked; the database refuses an
 * overdraft anyway) and the audit event. Any refusal rolls everything back.
 */
export async function payOut({ ctx, command: cmd, action, within }: PayOut): Promise<DisbursementRow> {
  const earlier = await replayIfKeyUsed({ ctx, command: cmd });
  if (earlier) return earlier;
  const now = ctx.clock.now();
  const by = ctx.viewer?.accountId ?? null;
  try {
    return await auditedTransaction({ ctx, action, entityType: 'Disbursement' }, async (tx) => {
      const entry = await createLedgerRepository(tx).insertEntry({
        kind: 'DISBURSEMENT',
        memo: cmd.purpose,
        occurredAt: now,
        recordedBy: by,
      });
      const { amount, ...payment } = cmd;
      const paid = await createFundsRepository(tx).insertDisbursementOnce({
        ...payment,
        amountFen: amount,
        paidAt: now,
        paidBy: by,
        journalEntryId: entry.id,
        ...created(now),
      });
      if (!paid) throw new AlreadyTaken();
      await within?.(tx, paid);
      await postLines({
        tx,
        entryId: entry.id,
        lines: [
          { fundId: cmd.fundId, amountFen: -cmd.amount },
          { externalAccount: 'PAYEES', amountFen: cmd.amount },
        ],
      });
      return {
        result: paid,
        entityId: paid.id,
        data: {
          fundId: cmd.fundId,
          caseId: cmd.caseId,
          personId: cmd.personId,
          applicationId: cmd.applicationId,
          amountFen: cmd.amount.toString(),
          journalEntryId: entry.id,
        },
      };
    });
  } catch (error) {
    if (!(error instanceof AlreadyTaken)) throw error;
  }
  return takenMeanwhile({ ctx, command: cmd });
}

/**
 * Another transaction took the key or the application while this one paid: the same payment under the key
 * is that one, replayed; otherwise the application was paid under another key.
 */
async function takenMeanwhile(call: { ctx: BaseContext; command: PayOutCommand }): Promise<DisbursementRow> {
  const first = await replayIfKeyUsed(call);
  if (first) return first;
  throw conflict(
    `Application ${call.command.applicationId} has already been paid under another idempotency key. Look it up in the application's disbursement instead of paying again.`,
    { field: 'input.applicationId', rule: 'ALREADY_PAID' },
  );
}

/**
 * The key was used before: the same payment asked again gets the first one back unchanged;
 * a different payment under the same key is refused, since paying it might pay twice.
 */
function replay(first: DisbursementRow, cmd: PayOutCommand): DisbursementRow {
  const differs = [
    first.fundId !== cmd.fundId && 'fundId',
    first.caseId !== cmd.caseId && 'caseId',
    first.personId !== cmd.personId && 'personId',
    first.applicationId !== cmd.applicationId && 'applicationId',
    first.amountFen !== cmd.amount && 'amount',
    first.purpose !== cmd.purpose && 'purpose',
  ].filter((f): f is string => !!f);
  if (differs.length > 0) {
    throw conflict(
      `The idempotency key '${cmd.idempotencyKey}' was already used for another payment (disbursement ${first.id}); ` +
        `this request differs in ${differs.join(', ')}. Use a new key for a new payment.`,
      { field: 'input.idempotencyKey', disbursementId: first.id, differs },
    );
  }
  return first;
}
