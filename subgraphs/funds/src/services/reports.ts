import { beijingDaySpan } from '@onedoor/db';
import {
  createFundsReportsRepository,
  createFundsRepository,
  createLedgerRepository,
  type FundRow,
  type ReliefGrouping,
  type ReliefTotalRow,
} from '@onedoor/db/funds';
import { badInput, type BaseContext } from '@onedoor/subgraph-kit';

/** What a report covers: whole days in China Standard Time, `YYYY-MM-DD`, `to` included. */
export interface ReportCall {
  ctx: BaseContext;
  from: string;
  to: string;
}

/** The report's days as the moments [from, to + 1 day); a period that ends before it starts is refused. */
function period({ from, to }: ReportCall): { from: Date; to: Date } {
  const span = beijingDaySpan(from, to);
  if (span.to <= span.from)
    throw badInput('to', `The period ends (${to}) before it starts (${from}).`, {
      reason: 'ENDS_BEFORE_START',
      params: { start: 'from' },
    });
  return span;
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
export async function fundReport(args: ReportCall & { fundId: string }): Promise<FundReport> {
  const { ctx } = args;
  const [fund] = await createFundsRepository(ctx.db).fundsByIds([args.fundId]);
  if (!fund)
    throw badInput('fundId', `Unknown fund '${args.fundId}'. Use an id from the funds query.`, { reason: 'NOT_FOUND' });
  const { from, to } = period(args);
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

/** One group's relief: the kind, township or vulnerability as stored (the schema's enums check them on output). */
export interface GroupTotal {
  kind: string | null;
  township: { __typename: 'GridUnit'; id: string } | null;
  vulnerability: string | null;
  paid: bigint;
  reversed: bigint;
  net: bigint;
  payments: number;
}

const total =
  (grouping: ReliefGrouping) =>
  (row: ReliefTotalRow): GroupTotal => ({
    kind: grouping === 'kind' ? row.key : null,
    township: grouping === 'township' && row.key ? { __typename: 'GridUnit', id: row.key } : null,
    vulnerability: grouping === 'vulnerability' ? row.key : null,
    paid: row.paidFen,
    reversed: row.reversedFen,
    net: row.paidFen - row.reversedFen,
    payments: row.payments,
  });

/** Relief over a period by fund kind, township and vulnerable group. */
export async function reliefTotals(args: ReportCall) {
  const { from, to } = period(args);
  const reports = createFundsReportsRepository(args.ctx.db);
  const by = async (grouping: ReliefGrouping) => (await reports.reliefTotals(grouping, from, to)).map(total(grouping));
  const [byKind, byTownship, byVulnerability] = await Promise.all([by('kind'), by('township'), by('vulnerability')]);
  return { from: args.from, to: args.to, byKind, byTownship, byVulnerability };
}

/** Legal-aid counts and recovered money for matters opened in the period. */
export async function legalAidReport(args: ReportCall) {
  const { from, to } = period(args);
  const totals = await createFundsReportsRepository(args.ctx.db).legalAidTotals(from, to);
  return { from: args.from, to: args.to, ...totals, recovered: totals.recoveredFen };
}
