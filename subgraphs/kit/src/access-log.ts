import { accessLogTable } from '@onedoor/db/audit';
import DataLoader from 'dataloader';
import type { BaseContext } from './context';

/** One personal document or identifier shown to the viewer: whose record, which of its fields. */
export interface AccessEntry {
  entityType: string;
  entityId: string;
  field: string;
}

/**
 * The request's access log (`audit.access_log`) as a loader: everything shown in one tick lands in one
 * multi-row insert. Await `load` before showing what it logs, so a failed write never shows it unlogged.
 */
export function accessLogLoader(base: Pick<BaseContext, 'db' | 'clock' | 'viewer' | 'requestId'>) {
  return new DataLoader<AccessEntry, true, string>(
    async (entries) => {
      const at = base.clock.now();
      await base.db.insert(accessLogTable).values(
        entries.map((e) => ({
          ...e,
          at,
          actorAccountId: base.viewer?.accountId ?? null,
          requestId: base.requestId,
        })),
      );
      return entries.map(() => true as const);
    },
    { cacheKeyFn: (e) => `${e.entityType}:${e.entityId}:${e.field}`, maxBatchSize: 1000 },
  );
}

export type AccessLog = ReturnType<typeof accessLogLoader>;
