import { createFundsRepository, type DisbursementRow } from '@onedoor/db';
import { badInput, type BaseContext, conflict, recordAudit } from '@onedoor/subgraph-kit';
import { formatYuan } from './money';

export interface RecordDisbursementCommand {
  fundId: string;
  caseId?: string | null;
  personId: string;
  amount: bigint;
  purpose: string;
  idempotencyKey: string;
}

/**
 * Pays money from a fund. References are checked before anything is written; then, in one
 * transaction, the payment is inserted under its idempotency key (a retry finds the first payment
 * and pays nothing), the fund is debited only if it holds enough, and the audit event is written.
 * Any refusal rolls the whole transaction back.
 */
export async function recordDisbursement(ctx: BaseContext, input: RecordDisbursementCommand): Promise<DisbursementRow> {
  const [fund] = await createFundsRepository(ctx.db).fundsByIds([input.fundId]);
  if (!fund) throw badInput('input.fundId', `Unknown fund '${input.fundId}'. Use an id from the funds query.`);
  await checkReferences(ctx, input);

  const now = ctx.clock.now();
  const caseId = input.caseId ?? null;
  return ctx.db.transaction(async (tx) => {
    const repo = createFundsRepository(tx);
    const inserted = await repo.insertDisbursementOnce({
      fundId: input.fundId,
      caseId,
      personId: input.personId,
      amountFen: input.amount,
      purpose: input.purpose,
      idempotencyKey: input.idempotencyKey,
      paidAt: now,
      paidBy: ctx.viewer?.accountId ?? null,
      createdAt: now,
      updatedAt: now,
    });
    if (!inserted) return replay(await repo.disbursementByIdempotencyKey(input.idempotencyKey), { ...input, caseId });

    const debited = await repo.debitFund(input.fundId, input.amount, now);
    if (!debited) {
      const [current] = await repo.fundsByIds([input.fundId]);
      const balance = current?.balanceFen ?? 0n;
      throw conflict(
        `Fund ${fund.code} (${fund.name}) holds ${formatYuan(balance)} (${balance} fen), less than the ${formatYuan(input.amount)} to pay. ` +
        'Pay a smaller amount or ask a fund approver to allocate money to the fund first.',
        { field: 'input.amount', balance: balance.toString() },
      );
    }
    await recordAudit(tx, ctx, {
      subgraph: 'funds',
      action: 'recordDisbursement',
      entityType: 'Disbursement',
      entityId: inserted.id,
      data: { fundId: input.fundId, caseId, personId: input.personId, amountFen: input.amount.toString(), balanceAfterFen: debited.balanceFen.toString() },
    });
    return inserted;
  });
}

async function checkReferences(ctx: BaseContext, input: RecordDisbursementCommand): Promise<void> {
  const call = { authorization: ctx.authorization, requestId: ctx.requestId };
  const [people, cases] = await Promise.all([
    ctx.peers.existing('people', 'Person', [input.personId], call),
    input.caseId ? ctx.peers.existing('cases', 'Case', [input.caseId], call) : Promise.resolve(null),
  ]);
  if (!people.has(input.personId)) {
    throw badInput('input.personId', `No person with id '${input.personId}'. Register the recipient first (registerPerson).`);
  }
  if (input.caseId && !cases?.has(input.caseId)) {
    throw badInput('input.caseId', `No case with id '${input.caseId}' that you may see. Use an id from the cases query, or leave caseId out.`);
  }
}

/**
 * The key was used before: the same payment asked again gets the first one back unchanged;
 * a different payment under the same key is refused, since paying it might pay twice.
 */
function replay(first: DisbursementRow | null, input: RecordDisbursementCommand & { caseId: string | null }): DisbursementRow {
  // The insert found the key taken, so the row exists; a missing row would mean it vanished mid-transaction.
  if (!first) throw new Error(`Disbursement with idempotency key '${input.idempotencyKey}' disappeared.`);
  const differs = [
    first.fundId !== input.fundId && 'fundId',
    first.caseId !== input.caseId && 'caseId',
    first.personId !== input.personId && 'personId',
    first.amountFen !== input.amount && 'amount',
    first.purpose !== input.purpose && 'purpose',
  ].filter((f): f is string => !!f);
  if (differs.length > 0) {
    throw conflict(
      `The idempotency key '${input.idempotencyKey}' was already used for another payment (disbursement ${first.id}); ` +
      `this request differs in ${differs.join(', ')}. Use a new key for a new payment.`,
      { field: 'input.idempotencyKey', disbursementId: first.id, differs },
    );
  }
  return first;
}
