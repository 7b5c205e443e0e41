import {
  createFundsReportsRepository,
  createFundsRepository,
  createLedgerRepository,
  type FundRow,
  type ReliefTotalRow,
} from '@onedoor/db';
import { badInput, type BaseContext } from '@onedoor/subgraph-kit';

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** A period of whole days in China Standard Time, `to` included, as the moments [from, to + 1 day). */
export function period(from: string, to: string): { from: Date; to: Date } {
  const start = new Date(Date.parse(`${from}T00:00:00Z`) - SHANGHAI_OFFSET_MS);
  const end = new Date(Date.parse(`${to}T00:00:00Z`) - SHANGHAI_OFFSET_MS + DAY_MS);
  if (end <= start) throw badInput('to', `The period ends (${to}) before it starts (${from}).`);
  return { from: start, to: end };
}

export interface FundReport {
  fund: FundRow;
  from: string;
  to: string;
  openingBalance: bigint;
  allocations: bigint;
  disbursements: bigint;
  reversals: bigint;
  transfersIn: bigint;
  transfersOut: bigint;
  closingBalance: bigint;
}

/** One fund's statement for a period, every figure a sum of its ledger lines. */
export async function fundReport(
  ctx: BaseContext,
  args: { fundId: string; from: string; to: string },
): Promise<FundReport> {
  const [fund] = await createFundsRepository(ctx.db).fundsByIds([args.fundId]);
  if (!fund) throw badInput('fundId', `Unknown fund '${args.fundId}'. Use an id from the funds query.`);
  const { from, to } = period(args.from, args.to);
  const ledger = createLedgerRepository(ctx.db);
  const [openingBalance, closingBalance, movements] = await Promise.all([
    ledger.balanceBefore(fund.id, from),
    ledger.balanceBefore(fund.id, to),
    ledger.movements(fund.id, from, to),
  ]);
  const of = (kind: string) => movements.find((m) => m.kind === kind) ?? { inFen: 0n, outFen: 0n };
  return {
    fund,
    from: args.from,
    to: args.to,
    openingBalance,
    closingBalance,
    allocations: of('ALLOCATION').inFen - of('ALLOCATION').outFen,
    disbursements: of('DISBURSEMENT').outFen - of('DISBURSEMENT').inFen,
    reversals: of('REVERSAL').inFen - of('REVERSAL').outFen,
    transfersIn: of('TRANSFER').inFen,
    transfersOut: of('TRANSFER').outFen,
  };
}

const total = (grouping: 'kind' | 'township' | 'vulnerability') => (row: ReliefTotalRow) => ({
  kind: grouping === 'kind' ? row.key : null,
  township: grouping === 'township' && row.key ? { __typename: 'GridUnit', id: row.key } : null,
  vulnerability: grouping === 'vulnerability' ? row.key : null,
  paid: row.paidFen,
  reversed: row.reversedFen,
  net: row.paidFen - row.reversedFen,
  payments: row.payments,
});

/** Relief over a period by fund kind, township and vulnerable group. */
export async function reliefTotals(ctx: BaseContext, args: { from: string; to: string }) {
  const { from, to } = period(args.from, args.to);
  const reports = createFundsReportsRepository(ctx.db);
  const [byKind, byTownship, byVulnerability] = await Promise.all(
    (['kind', 'township', 'vulnerability'] as const).map(async (g) =>
      (await reports.reliefTotals(g, from, to)).map(total(g)),
    ),
  );
  return { from: args.from, to: args.to, byKind, byTownship, byVulnerability };
}

/** Legal-aid counts and recovered money for matters opened in the period. */
export async function legalAidReport(ctx: BaseContext, args: { from: string; to: string }) {
  const { from, to } = period(args.from, args.to);
  const totals = await createFundsReportsRepository(ctx.db).legalAidTotals(from, to);
  return { from: args.from, to: args.to, ...totals, recovered: totals.recoveredFen };
}
