import { beijingYear, DAY_MS, HOUR_MS } from '@onedoor/db';
import {
  disbursementsTable,
  FUND_KINDS,
  type FundKind,
  fundsTable,
  journalEntriesTable,
  ledgerLinesTable,
} from '@onedoor/db/funds';
import type { SeededAccounts } from './accounts';
import type { SeededCase } from './cases';
import { insertAll, type SeedContext } from './context';
import { COUNTY } from './names';
import type { SeededOrganisations } from './organisations';
import { tableRows } from './table';

export interface FundSpec {
  code: string;
  name: string;
  kind: FundKind;
  /** Organisation short name. */
  owner: string;
  /** What the fund was given for the year, in fen; its balance is this minus what it paid. */
  allocationFen: bigint;
  /** How many payments the demo makes from it. */
  payments: number;
  /** Smallest and largest payment, in yuan. */
  amountYuan: readonly [number, number];
  /** Sub-categories whose cases it relieves; a work fund pays the case's mediator instead of its petitioner. */
  subCategories?: readonly string[];
  purpose: string;
}

const yuan = (amount: number) => BigInt(amount) * 100n;

/** A fund of the table below, its cells checked. */
function fundSpec(row: string[]): FundSpec {
  const [code, name, kind, owner, allocationYuan, payments, amountYuan, purpose, subCategories, ...rest] = row;
  const numbers = [allocationYuan, payments, ...(amountYuan ?? '').split(' ')].map(Number);
  const [allocation, count, smallest, largest] = numbers;
  if (!code || !name || !owner || !purpose || rest.length > 0 || numbers.length !== 4)
    throw new Error(`A fund row has eight or nine cells: '${row.join(' | ')}'.`);
  if (!numbers.every((n) => Number.isSafeInteger(n) && n > 0))
    throw new Error(`A fund's allocation, payments and amounts are whole numbers: '${row.join(' | ')}'.`);
  if (!FUND_KINDS.includes(kind as FundKind)) throw new Error(`Unknown fund kind '${kind}' in the seed's funds.`);
  return {
    code,
    name,
    kind: kind as FundKind,
    owner,
    allocationFen: yuan(allocation!),
    payments: count!,
    amountYuan: [smallest!, largest!],
    ...(subCategories ? { subCategories: subCategories.split(' ') } : {}),
    purpose,
  };
}

/**
 * The six relief funds of the articles (信访、司法、涉法涉诉、交通事故、医疗、特困救助) and two work funds, one a line:
 * code | name | kind | owner | the year's allocation in yuan | payments the demo makes | smallest and largest
 * payment in yuan | purpose | the sub-categories whose cases it relieves (none: any case).
 */
export const FUND_SPECS: readonly FundSpec[] = tableRows(`
JJ-XFJZ | 信访救助基金 | PETITION_RELIEF | 信访局 | 1200000 | 24 | 2000 30000 | 信访救助：生活困难临时救助
JJ-SFJZ | 司法救助基金 | JUDICIAL_RELIEF | 法院 | 800000 | 10 | 5000 50000 | 司法救助：判决执行不能致生活困难 | 涉法涉诉 拖欠工程款 劳动合同争议 交通事故
JJ-SFSS | 涉法涉诉救助基金 | LAW_RELATED_RELIEF | 司法局 | 500000 | 8 | 3000 40000 | 涉法涉诉救助：息诉罢访困难救助 | 涉法涉诉 工伤认定 医疗纠纷
JJ-JTSG | 道路交通事故社会救助基金 | TRAFFIC_ACCIDENT_RELIEF | 公安局 | 600000 | 8 | 5000 60000 | 交通事故救助：垫付抢救及丧葬费用 | 交通事故
JJ-YLJZ | 医疗救助基金 | MEDICAL_RELIEF | 医保局 | 500000 | 10 | 3000 40000 | 医疗救助：大病医疗费用救助 | 医疗纠纷 医疗保障 公共卫生
JJ-TKJZ | 特困救助基金 | EXTREME_HARDSHIP_RELIEF | 民政局 | 400000 | 12 | 1000 10000 | 特困救助：基本生活救助 | 最低生活保障 特困供养 残疾人保障 婚姻家庭
JJ-GPZP | 信访积案挂牌摘牌工作经费 | WORK_FUND | 信访局 | 300000 | 5 | 5000 30000 | 挂牌积案化解工作经费
JJ-LDBA | 领导包案化解工作经费 | WORK_FUND | 信访局 | 200000 | 3 | 3000 20000 | 领导包案化解工作经费
`).map(fundSpec);

/** Cases far enough along, and old enough, for money to have been paid on them. */
const RELIEVABLE = new Set(['IN_HANDLING', 'REPLIED', 'FOLLOWED_UP', 'CLOSED', 'HANDED_OVER']);

export interface SeededFunds {
  funds: number;
  disbursements: number;
  paidFen: bigint;
}

/**
 * Funds and ~80 payments to petitioners (relief) or mediators (work funds), in integer fen, all on the
 * ledger: each fund's yearly allocation and each payment is a balanced journal entry, and the database's
 * line trigger derives every fund's balance from them.
 */
export async function seedFunds(
  ctx: SeedContext,
  input: { organisations: SeededOrganisations; cases: SeededCase[]; accounts: SeededAccounts },
): Promise<SeededFunds> {
  const random = ctx.random('funds');
  const now = ctx.now.getTime();
  const old = input.cases.filter((c) => RELIEVABLE.has(c.status) && now - c.receivedAt.getTime() > 8 * DAY_MS);
  const fundRows: (typeof fundsTable.$inferInsert)[] = [];
  const paymentRows: (typeof disbursementsTable.$inferInsert)[] = [];
  const entryRows: (typeof journalEntriesTable.$inferInsert)[] = [];
  const lineRows: (typeof ledgerLinesTable.$inferInsert)[] = [];
  const officer = input.accounts['fund-officer'].id;
  // Ledger ids come from their own stream, so adding the ledger left the demo's payments as they were.
  const ids = ctx.random('funds-ledger');
  const post = (entry: Omit<typeof journalEntriesTable.$inferInsert, 'id'>, fundId: string, fundSide: bigint) => {
    const id = ids.uuid();
    entryRows.push({ id, ...entry, createdAt: entry.occurredAt });
    lineRows.push(
      { id: ids.uuid(), entryId: id, fundId, amountFen: fundSide },
      { id: ids.uuid(), entryId: id, externalAccount: fundSide > 0n ? 'BUDGET' : 'PAYEES', amountFen: -fundSide },
    );
    return id;
  };
  // The year's allocations arrive before the oldest case the funds relieve.
  const allocatedAt = new Date(Math.min(now - 400 * DAY_MS, ...old.map((c) => c.receivedAt.getTime())));
  let paidFen = 0n;

  for (const spec of FUND_SPECS) {
    const fundId = random.uuid();
    post(
      {
        kind: 'ALLOCATION',
        memo: `${COUNTY.name}财政局年度拨款`,
        occurredAt: allocatedAt,
        recordedBy: input.accounts['fund-approver'].id,
        budgetYear: beijingYear(allocatedAt),
      },
      fundId,
      spec.allocationFen,
    );
    const work = spec.kind === 'WORK_FUND';
    const matching = old.filter((c) =>
      work ? c.mediator !== null : !spec.subCategories || spec.subCategories.includes(c.subCategory.name),
    );
    const candidates = matching.length > 0 || work ? matching : old;
    let balance = spec.allocationFen;
    for (let n = 1; n <= spec.payments && candidates.length > 0; n += 1) {
      const relieved = random.pick(candidates);
      const amount = [yuan(random.int(spec.amountYuan[0] / 100, spec.amountYuan[1] / 100) * 100), balance].reduce(
        (a, b) => (a < b ? a : b),
      );
      if (amount <= 0n) break;
      balance -= amount;
      const received = relieved.receivedAt.getTime();
      const paidAt = new Date(Math.min(received + random.int(7, 60) * DAY_MS, now - HOUR_MS));
      const journalEntryId = post(
        { kind: 'DISBURSEMENT', memo: spec.purpose, occurredAt: paidAt, recordedBy: officer },
        fundId,
        -amount,
      );
      paymentRows.push({
        id: random.uuid(),
        fundId,
        caseId: relieved.id,
        amountFen: amount,
        purpose: spec.purpose,
        journalEntryId,
        personId: work && relieved.mediator ? relieved.mediator.personId : random.pick(relieved.petitioners).id,
        idempotencyKey: `seed:${spec.code}:${String(n).padStart(3, '0')}`,
        paidAt,
        paidBy: officer,
        createdAt: paidAt,
        updatedAt: paidAt,
      });
    }
    paidFen += spec.allocationFen - balance;
    fundRows.push({
      id: fundId,
      code: spec.code,
      name: `${COUNTY.name}${spec.name}`,
      kind: spec.kind,
      ownerOrganisationId: input.organisations.get(spec.owner).id,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
  }
  await insertAll(ctx.tx, fundsTable, fundRows);
  await insertAll(ctx.tx, journalEntriesTable, entryRows);
  await insertAll(ctx.tx, ledgerLinesTable, lineRows);
  await insertAll(ctx.tx, disbursementsTable, paymentRows);
  return { funds: fundRows.length, disbursements: paymentRows.length, paidFen };
}
