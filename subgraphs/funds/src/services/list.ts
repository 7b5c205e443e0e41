import type { Page } from '@onedoor/db';
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
} from '@onedoor/db/funds';
import { type Connection, type PageArgs, paginate, type SortKey } from '@onedoor/subgraph-kit';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { FundsContext } from '../context';

/** Where a list's rows come from: a repository's page and count for one filter. */
interface ListSource<T, F> {
  list(filter: F, page: Page): Promise<T[]>;
  count(filter: F): Promise<number>;
}

/** A list query: its filter (checked at the edge) and the caller's page arguments. */
export interface ListCall<F> {
  ctx: FundsContext;
  filter: F;
  page: PageArgs;
}

/** One page of a list, keyset-paged on `sort` then id: filtering, sorting, paging and counting all run in SQL. */
function pageOf<T extends { id: string }, F>(
  source: ListSource<T, F>,
  sort: SortKey<T>,
  idColumn: PgColumn,
  { filter, page }: ListCall<F>,
): Promise<Connection<T>> {
  return paginate({
    args: page,
    sort,
    idColumn,
    fetch: (p) => source.list(filter, p),
    count: () => source.count(filter),
  });
}

const newest = <T>(column: PgColumn, value: (row: T) => Date): SortKey<T> => ({ column, direction: 'DESC', value });

const BY_CODE: SortKey<FundRow> = { column: fundsTable.code, direction: 'ASC', value: (r) => r.code };
/** Newest payment first, as a fund officer reads the ledger. */
const NEWEST_PAID = newest<DisbursementRow>(disbursementsTable.paidAt, (r) => r.paidAt);
const NEWEST_PROPOSED = newest<ReliefApplicationRow>(reliefApplicationsTable.proposedAt, (r) => r.proposedAt);
const LATEST_ENTRY = newest<JournalEntryRow>(journalEntriesTable.occurredAt, (r) => r.occurredAt);
const NEWEST_MATTER = newest<LegalAidMatterRow>(legalAidMattersTable.openedAt, (r) => r.openedAt);

export function listFunds(call: ListCall<FundFilter>): Promise<Connection<FundRow>> {
  const repo = createFundsRepository(call.ctx.db);
  return pageOf({ list: repo.listFunds, count: repo.countFunds }, BY_CODE, fundsTable.id, call);
}

export function listDisbursements(call: ListCall<DisbursementFilter>): Promise<Connection<DisbursementRow>> {
  const repo = createFundsRepository(call.ctx.db);
  const source = { list: repo.listDisbursements, count: repo.countDisbursements };
  return pageOf(source, NEWEST_PAID, disbursementsTable.id, call);
}

/** A fund's own payments; many funds on one page share one statement through the loaders. */
export function fundDisbursements({
  ctx,
  fundId,
  page,
}: {
  ctx: FundsContext;
  fundId: string;
  page: PageArgs;
}): Promise<Connection<DisbursementRow>> {
  return paginate({
    args: page,
    sort: NEWEST_PAID,
    idColumn: disbursementsTable.id,
    fetch: (p) => ctx.loaders.fundDisbursementPage(page).load({ fundId, page: p }),
    count: () => ctx.loaders.disbursementCountByFund.load(fundId),
  });
}

export const listApplications = (call: ListCall<ApplicationFilter>): Promise<Connection<ReliefApplicationRow>> =>
  pageOf(createApplicationsRepository(call.ctx.db), NEWEST_PROPOSED, reliefApplicationsTable.id, call);

export const listJournalEntries = (call: ListCall<EntryFilter>): Promise<Connection<JournalEntryRow>> =>
  pageOf(createJournalRepository(call.ctx.db), LATEST_ENTRY, journalEntriesTable.id, call);

export const listLegalAidMatters = (call: ListCall<LegalAidFilter>): Promise<Connection<LegalAidMatterRow>> =>
  pageOf(createLegalAidRepository(call.ctx.db), NEWEST_MATTER, legalAidMattersTable.id, call);
