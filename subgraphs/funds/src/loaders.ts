import type { Page } from '@onedoor/db';
import {
  createApplicationsRepository,
  createFundAttachmentsRepository,
  createFundsRepository,
  createLedgerRepository,
  createLegalAidRepository,
  type DisbursementRow,
  type FundAttachmentRow,
  type FundRow,
  type JournalEntryRow,
  type LedgerLineRow,
  type LegalAidMatterRow,
  type ReliefApplicationRow,
  type ReliefFollowUpRow,
} from '@onedoor/db/funds';
import {
  accessLogLoader,
  type BaseContext,
  byIdLoader,
  groupLoader,
  isUuid,
  type PageArgs,
} from '@onedoor/subgraph-kit';
import DataLoader from 'dataloader';

/** One fund's page request; all funds asked for with the same arguments share one statement. */
interface FundPageKey {
  fundId: string;
  page: Page;
}

/** Ids that are not UUIDs can match nothing; dropping them keeps a stray reference from failing the whole batch. */
const validIds = (ids: readonly string[]) => ids.filter(isUuid);

export function createLoaders(base: BaseContext) {
  const repo = createFundsRepository(base.db);
  const applications = createApplicationsRepository(base.db);
  const ledger = createLedgerRepository(base.db);
  const attachments = createFundAttachmentsRepository(base.db);
  // One loader per distinct (first, after, offset): each batch then shares the same page fragments.
  const pagesByArgs = new Map<string, DataLoader<FundPageKey, DisbursementRow[]>>();

  const fundById = byIdLoader<FundRow>((ids) => repo.fundsByIds(validIds(ids)));

  return {
    fundById,
    /** The fund a payment or an application belongs to: its foreign key guarantees it, so a miss is a broken database. */
    async fundOf(row: { fundId: string }): Promise<FundRow> {
      const fund = await fundById.load(row.fundId);
      if (!fund) throw new Error(`Fund ${row.fundId} is missing, though a row refers to it.`);
      return fund;
    },
    disbursementById: byIdLoader<DisbursementRow>((ids) => repo.disbursementsByIds(validIds(ids))),
    disbursementsByCase: groupLoader<DisbursementRow>(
      (ids) => repo.disbursementsByCaseIds(validIds(ids)),
      (r) => r.caseId ?? '',
    ),
    disbursementsByPerson: groupLoader<DisbursementRow>(
      (ids) => repo.disbursementsByPersonIds(validIds(ids)),
      (r) => r.personId,
    ),
    disbursementsByApplication: groupLoader<DisbursementRow>(
      (ids) => repo.disbursementsByApplicationIds(validIds(ids)),
      (r) => r.applicationId ?? '',
    ),
    applicationById: byIdLoader<ReliefApplicationRow>((ids) => applications.byIds(validIds(ids))),
    applicationsByCase: groupLoader<ReliefApplicationRow>(
      (ids) => applications.byCaseIds(validIds(ids)),
      (r) => r.caseId ?? '',
    ),
    followUpsByApplication: groupLoader<ReliefFollowUpRow>(
      (ids) => applications.followUpsByApplicationIds(validIds(ids)),
      (r) => r.applicationId,
    ),
    entryById: byIdLoader<JournalEntryRow>((ids) => ledger.entriesByIds(validIds(ids))),
    linesByEntry: groupLoader<LedgerLineRow>(
      (ids) => ledger.linesByEntryIds(validIds(ids)),
      (r) => r.entryId,
    ),
    budgetYearsByFund: groupLoader(
      (ids) => ledger.allocationsByBudgetYear(validIds(ids)),
      (r) => r.fundId,
    ),
    legalAidById: byIdLoader<LegalAidMatterRow>((ids) => createLegalAidRepository(base.db).byIds(validIds(ids))),
    attachmentsByApplication: groupLoader<FundAttachmentRow>(
      (ids) => attachments.ofApplications(validIds(ids)),
      (r) => r.reliefApplicationId ?? '',
    ),
    attachmentsByMatter: groupLoader<FundAttachmentRow>(
      (ids) => attachments.ofMatters(validIds(ids)),
      (r) => r.legalAidMatterId ?? '',
    ),
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
