import {
  type ApplicationFilter,
  createApplicationsRepository,
  createFundsRepository,
  createJournalRepository,
  createLegalAidRepository,
  type DisbursementFilter,
  type DisbursementRow,
  disbursementsTable,
  type EntryFilter,
  type FundFilter,
  type FundRow,
  fundsTable,
  type JournalEntryRow,
  journalEntriesTable,
  type LegalAidFilter,
  type LegalAidMatterRow,
  legalAidMattersTable,
  type ReliefApplicationRow,
  reliefApplicationsTable,
} from '@onedoor/db';
import { type Connection, type Context, type PageArgs, paginate, type SortKey } from '@onedoor/subgraph-kit';
import type { FundsLoaders } from '../loaders';

const byCode: SortKey<FundRow> = { column: fundsTable.code, direction: 'ASC', value: (r) => r.code };
/** Newest payment first, as a fund officer reads the ledger. */
const newestPaid: SortKey<DisbursementRow> = {
  column: disbursementsTable.paidAt,
  direction: 'DESC',
  value: (r) => r.paidAt,
};

export function listFunds(
  ctx: Context<FundsLoaders>,
  filter: FundFilter,
  page: PageArgs,
): Promise<Connection<FundRow>> {
  const repo = createFundsRepository(ctx.db);
  return paginate({
    args: page,
    sort: byCode,
    idColumn: fundsTable.id,
    fetch: (p) => repo.listFunds(filter, p),
    count: () => repo.countFunds(filter),
  });
}

export function listDisbursements(
  ctx: Context<FundsLoaders>,
  filter: DisbursementFilter,
  page: PageArgs,
): Promise<Connection<DisbursementRow>> {
  const repo = createFundsRepository(ctx.db);
  return paginate({
    args: page,
    sort: newestPaid,
    idColumn: disbursementsTable.id,
    fetch: (p) => repo.listDisbursements(filter, p),
    count: () => repo.countDisbursements(filter),
  });
}

/** A fund's own payments; many funds on one page share one statement through the loaders. */
export function fundDisbursements(
  ctx: Context<FundsLoaders>,
  fundId: string,
  page: PageArgs,
): Promise<Connection<DisbursementRow>> {
  return paginate({
    args: page,
    sort: newestPaid,
    idColumn: disbursementsTable.id,
    fetch: (p) => ctx.loaders.fundDisbursementPage(page).load({ fundId, page: p }),
    count: () => ctx.loaders.disbursementCountByFund.load(fundId),
  });
}

const newestProposed: SortKey<ReliefApplicationRow> = {
  column: reliefApplicationsTable.proposedAt,
  direction: 'DESC',
  value: (r) => r.proposedAt,
};
const latestEntry: SortKey<JournalEntryRow> = {
  column: journalEntriesTable.occurredAt,
  direction: 'DESC',
  value: (r) => r.occurredAt,
};
const newestMatter: SortKey<LegalAidMatterRow> = {
  column: legalAidMattersTable.openedAt,
  direction: 'DESC',
  value: (r) => r.openedAt,
};

export function listApplications(
  ctx: Context<FundsLoaders>,
  filter: ApplicationFilter,
  page: PageArgs,
): Promise<Connection<ReliefApplicationRow>> {
  const repo = createApplicationsRepository(ctx.db);
  return paginate({
    args: page,
    sort: newestProposed,
    idColumn: reliefApplicationsTable.id,
    fetch: (p) => repo.list(filter, p),
    count: () => repo.count(filter),
  });
}

export function listJournalEntries(
  ctx: Context<FundsLoaders>,
  filter: EntryFilter,
  page: PageArgs,
): Promise<Connection<JournalEntryRow>> {
  const repo = createJournalRepository(ctx.db);
  return paginate({
    args: page,
    sort: latestEntry,
    idColumn: journalEntriesTable.id,
    fetch: (p) => repo.list(filter, p),
    count: () => repo.count(filter),
  });
}

export function listLegalAidMatters(
  ctx: Context<FundsLoaders>,
  filter: LegalAidFilter,
  page: PageArgs,
): Promise<Connection<LegalAidMatterRow>> {
  const repo = createLegalAidRepository(ctx.db);
  return paginate({
    args: page,
    sort: newestMatter,
    idColumn: legalAidMattersTable.id,
    fetch: (p) => repo.list(filter, p),
    count: () => repo.count(filter),
  });
}
