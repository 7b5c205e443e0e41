import { createPeopleRepository } from '@onedoor/db';
import { type BaseContext, byIdLoader, groupLoader } from '@onedoor/subgraph-kit';
import DataLoader from 'dataloader';

/** One unmasked identifier shown to the viewer. */
export interface AccessKey {
  entityType: 'Person';
  entityId: string;
  field: 'nationalId' | 'phone';
}

/**
 * Per-request loaders: a page of 50 persons costs one statement per loader. The access log is a
 * loader too, so every identifier unmasked in one tick lands in one multi-row insert.
 */
export function createLoaders(base: BaseContext) {
  const repo = createPeopleRepository(base.db);
  return {
    person: byIdLoader((ids) => repo.personsByIds(ids)),
    account: byIdLoader((ids) => repo.accountsByIds(ids)),
    mediator: byIdLoader((ids) => repo.membershipsByIds(ids)),
    membershipsByPerson: groupLoader((ids) => repo.membershipsOfPersons(ids), (row) => row.personId),
    accessLog: new DataLoader<AccessKey, true, string>(async (keys) => {
      const at = base.clock.now();
      await repo.insertAccessLog(keys.map((k) => ({
        ...k, at, actorAccountId: base.viewer?.accountId ?? null, requestId: base.requestId,
      })));
      return keys.map(() => true as const);
    }, { cacheKeyFn: (k) => `${k.entityType}:${k.entityId}:${k.field}`, maxBatchSize: 1000 }),
  };
}

export type PeopleLoaders = ReturnType<typeof createLoaders>;
