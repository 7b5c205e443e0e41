import {
  createMergeRepository,
  createPeopleRepository,
  createPoolsRepository,
  type PersonRow,
} from '@onedoor/db/people';
import { type BaseContext, byIdLoader, groupedOn, groupLoader } from '@onedoor/subgraph-kit';
import DataLoader from 'dataloader';
import { createPeerWorkload } from './services/workload';

/** One unmasked identifier shown to the viewer. */
export interface AccessKey {
  entityType: 'Person';
  entityId: string;
  field: 'nationalId' | 'phone';
}

/** A membership's rows (certifications, history, …) for many memberships, in one statement per tick. */
const ofMembership = groupedOn('membershipId');

/**
 * Per-request loaders: a page of 50 persons costs one statement per loader. The access log is a
 * loader too, so every identifier unmasked in one tick lands in one multi-row insert.
 */
export function createLoaders(base: BaseContext) {
  const repo = createPeopleRepository(base.db);
  const pools = createPoolsRepository(base.db);
  const merges = createMergeRepository(base.db);
  const person = byIdLoader((ids) => repo.personsByIds(ids));
  return {
    person,
    /** A person by id, following a merge to the surviving record: how every reference resolves. */
    resolvedPerson: new DataLoader<string, PersonRow | null>(
      async (ids) => {
        const rows = await person.loadMany(ids);
        const found = rows.map((r) => (r instanceof Error ? null : r));
        const survivors = await person.loadMany(found.map((r) => r?.mergedIntoId).filter((id): id is string => !!id));
        const byId = new Map(
          survivors.filter((r): r is PersonRow => !!r && !(r instanceof Error)).map((r) => [r.id, r]),
        );
        return found.map((r) => (r?.mergedIntoId ? (byId.get(r.mergedIntoId) ?? null) : r));
      },
      { maxBatchSize: 1000 },
    ),
    mergedFrom: groupLoader((ids) => merges.mergedInto(ids), 'mergedIntoId'),
    account: byIdLoader((ids) => repo.accountsByIds(ids)),
    mediator: byIdLoader((ids) => repo.membershipsByIds(ids)),
    membershipsByPerson: groupLoader((ids) => repo.membershipsOfPersons(ids), 'personId'),
    certifications: ofMembership((ids) => pools.certificationsOf(ids)),
    statusHistory: ofMembership((ids) => pools.historyOf(ids)),
    availabilityExceptions: ofMembership((ids) => pools.exceptionsOf(ids)),
    performance: ofMembership((ids) => pools.performanceOf(ids)),
    workload: createPeerWorkload(base),
    accessLog: new DataLoader<AccessKey, true, string>(
      async (keys) => {
        const at = base.clock.now();
        await repo.insertAccessLog(
          keys.map((k) => ({
            ...k,
            at,
            actorAccountId: base.viewer?.accountId ?? null,
            requestId: base.requestId,
          })),
        );
        return keys.map(() => true as const);
      },
      { cacheKeyFn: (k) => `${k.entityType}:${k.entityId}:${k.field}`, maxBatchSize: 1000 },
    ),
  };
}

export type PeopleLoaders = ReturnType<typeof createLoaders>;

/** A row a foreign key guarantees: a missing one is a broken invariant, reported as an error, never as null. */
export async function loadExisting<T>(loader: DataLoader<string, T | null>, id: string): Promise<T> {
  const row = await loader.load(id);
  if (row === null) throw new Error(`No row has the id ${id}, though a foreign key names it.`);
  return row;
}
