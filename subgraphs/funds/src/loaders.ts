import type { Page } from '@onedoor/db';
import {
  createApplicationsRepository,
  createFundAttachmentsRepository,
  createFundsRepository,
  createLedgerRepository,
  createLegalAidRepository,
  type DisbursementRow,
  type FundRow,
  type JournalEntryRow,
  type LegalAidMatterRow,
  type ReliefApplicationRow,
} from '@onedoor/db/funds';
import {
  accessLogLoader,
  type BaseContext,
  byIdLoader,
  groupLoader,
  onlyUuids,
  type PageArgs,
} from '@onedoor/subgraph-kit';
import DataLoader from 'dataloader';

/** One fund's page request; all funds asked for with the same arguments share one statement. */
interface FundPageKey {
  fundId: string;
  page: Page;
}

export function createLoaders(base: BaseContext) {
  const repo = createFundsRepository(base.db);
  const applications = createApplicationsRepository(base.db);
  const ledger = createLedgerRepository(base.db);
  const attachments = createFundAttachmentsRepository(base.db);
  // One loader per distinct (first, after, offset): each batch then shares the same page fragments.
  const pagesByArgs = new Map<string, DataLoader<FundPageKey, DisbursementRow[]>>();

  const fundById = byIdLoader<FundRow>((ids) => repo.fundsByIds(onlyUuids(ids)));

  return {
    fundById,
    /** The fund a payment or an application belongs to: its foreign key guarantees it, so a miss is a broken database. */
    async fundOf(row: { fundId: string }): Promise<FundRow> {
      const fund = await fundById.load(row.fundId);
      if (!fund) throw new Error(`Fund ${row.fundId} is missing, though a row refers to it.`);
      return fund;
    },
    disbursementById: byIdLoader<DisbursementRow>((ids) => repo.disbursementsByIds(onlyUuids(ids))),
    disbursementsByCase: groupLoader((ids) => repo.disbursementsByCaseIds(onlyUuids(ids)), 'caseId'),
    disbursementsByPerson: groupLoader((ids) => repo.disbursementsByPersonIds(onlyUuids(ids)), 'personId'),
    disbursementsByApplication: groupLoader(
      (ids) => repo.disbursementsByApplicationIds(onlyUuids(ids)),
      'applicationId',
    ),
    applicationById: byIdLoader<ReliefApplicationRow>((ids) => applications.byIds(onlyUuids(ids))),
    applicationsByCase: groupLoader((ids) => applications.byCaseIds(onlyUuids(ids)), 'caseId'),
    followUpsByApplication: groupLoader(
      (ids) => applications.followUpsByApplicationIds(onlyUuids(ids)),
      'applicationId',
    ),
    entryById: byIdLoader<JournalEntryRow>((ids) => ledger.entriesByIds(onlyUuids(ids))),
    linesByEntry: groupLoader((ids) => ledger.linesByEntryIds(onlyUuids(ids)), 'entryId'),
    budgetYearsByFund: groupLoader((ids) => ledger.allocationsByBudgetYear(onlyUuids(ids)), 'fundId'),
    legalAidById: byIdLoader<LegalAidMatterRow>((ids) => createLegalAidRepository(base.db).byIds(onlyUuids(ids))),
    attachmentsByApplication: groupLoader((ids) => attachments.ofApplications(onlyUuids(ids)), 'reliefApplicationId'),
    attachmentsByMatter: groupLoader((ids) => attachments.ofMatters(onlyUuids(ids)), 'legalAidMatterId'),
    /** Download links issued in this request, one access-log insert per tick. */
    accessLog: accessLogLoader(base),

    /** The loader for one page of each fund's disbursements, for the given list arguments. */
    fundDisbursementPage(args: PageArgs): DataLoader<FundPageKey, DisbursementRow[]> {
      const argsKey = JSON.stringify([args.first ?? null, args.after ?? null, args.offset ?? null]);
      let loader = pagesByArgs.get(argsKey);
      if (!loader) {
        loader = new DataLoader<FundPageKey, DisbursementRow[], string>(
          async (keys) => {
            const rows = await repo.disbursementPagesByFundIds(
              keys.map((k) => k.fundId),
              keys[0]!.page,
            );
            return keys.map((k) => rows.filter((r) => r.fundId === k.fundId));
          },
          { cacheKeyFn: (k) => k.fundId, maxBatchSize: 1000 },
        );
        pagesByArgs.set(argsKey, loader);
      }
      return loader;
    },

    disbursementCountByFund: new DataLoader<string, number>(
      async (fundIds) => {
        const counts = new Map((await repo.countDisbursementsByFundIds(fundIds)).map((c) => [c.fundId, c.n]));
        return fundIds.map((id) => counts.get(id) ?? 0);
      },
      { maxBatchSize: 1000 },
    ),
  };
}

export type FundsLoaders = ReturnType<typeof createLoaders>;
