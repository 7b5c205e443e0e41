import { createFundsRepository, type DisbursementRow, type FundRow, type FundsPageQuery } from '@onedoor/db';
import { type BaseContext, byIdLoader, groupLoader, isUuid, type PageArgs } from '@onedoor/subgraph-kit';
import DataLoader from 'dataloader';

/** One fund's page request; all funds asked for with the same arguments share one statement. */
interface FundPageKey {
  fundId: string;
  page: FundsPageQuery;
}

/** Ids that are not UUIDs can match nothing; dropping them keeps a stray reference from failing the whole batch. */
const validIds = (ids: readonly string[]) => ids.filter(isUuid);

export function createLoaders(base: BaseContext) {
  const repo = createFundsRepository(base.db);
  // One loader per distinct (first, after, offset): each batch then shares the same page fragments.
  const pagesByArgs = new Map<string, DataLoader<FundPageKey, DisbursementRow[]>>();

  return {
    fundById: byIdLoader<FundRow>((ids) => repo.fundsByIds(validIds(ids))),
    disbursementById: byIdLoader<DisbursementRow>((ids) => repo.disbursementsByIds(validIds(ids))),
    disbursementsByCase: groupLoader<DisbursementRow>((ids) => repo.disbursementsByCaseIds(validIds(ids)), (r) => r.caseId ?? ''),
    disbursementsByPerson: groupLoader<DisbursementRow>((ids) => repo.disbursementsByPersonIds(validIds(ids)), (r) => r.personId),

    /** The loader for one page of each fund's disbursements, for the given list arguments. */
    fundDisbursementPage(args: PageArgs): DataLoader<FundPageKey, DisbursementRow[]> {
      const argsKey = JSON.stringify([args.first ?? null, args.after ?? null, args.offset ?? null]);
      let loader = pagesByArgs.get(argsKey);
      if (!loader) {
        loader = new DataLoader<FundPageKey, DisbursementRow[], string>(async (keys) => {
          const rows = await repo.disbursementPagesByFundIds(keys.map((k) => k.fundId), keys[0]!.page);
          return keys.map((k) => rows.filter((r) => r.fundId === k.fundId));
        }, { cacheKeyFn: (k) => k.fundId, maxBatchSize: 1000 });
        pagesByArgs.set(argsKey, loader);
      }
      return loader;
    },

    disbursementCountByFund: new DataLoader<string, number>(async (fundIds) => {
      const counts = new Map((await repo.countDisbursementsByFundIds(fundIds)).map((c) => [c.fundId, c.n]));
      return fundIds.map((id) => counts.get(id) ?? 0);
    }, { maxBatchSize: 1000 }),
  };
}

export type FundsLoaders = ReturnType<typeof createLoaders>;
