import { type Context, parseInput, requireRole, text, uuid } from '@onedoor/subgraph-kit';
import { z } from 'zod';
import type { FundsLoaders } from '../loaders';
import { FUND_ALLOCATORS, FUND_PAYERS } from '../roles';
import { allocateToFund } from '../services/allocate-to-fund';
import { recordDisbursement } from '../services/record-disbursement';

/** ¥10 billion: far above any real payment, far below where bigint fen could overflow when summed. */
const MAX_FEN = 1_000_000_000_000n;
const amount = () => z.bigint().positive('must be more than zero fen').max(MAX_FEN, `must be at most ${MAX_FEN} fen`);

const recordDisbursementInput = z.object({
  fundId: uuid(),
  caseId: uuid().nullish(),
  personId: uuid(),
  amount: amount(),
  purpose: text(500),
  idempotencyKey: text(200),
});

const allocateToFundInput = z.object({ fundId: uuid(), amount: amount(), note: text(500) });

export const Mutation = {
  recordDisbursement(_: unknown, args: { input: unknown }, ctx: Context<FundsLoaders>) {
    requireRole(ctx.viewer, FUND_PAYERS, 'recordDisbursement');
    return recordDisbursement(ctx, parseInput(recordDisbursementInput, args.input));
  },

  allocateToFund(_: unknown, args: { input: unknown }, ctx: Context<FundsLoaders>) {
    requireRole(ctx.viewer, FUND_ALLOCATORS, 'allocateToFund');
    return allocateToFund(ctx, parseInput(allocateToFundInput, args.input));
  },
};
