import type { Executor } from '@onedoor/db';
import { auditEventsTable } from '@onedoor/db/audit';
import type { BaseContext } from './context';
import type { SubgraphName } from './peers';

/** Writes a mutation's audit event; call it with the mutation's transaction so both commit or neither. */
export async function recordAudit(
  tx: Executor,
  ctx: Pick<BaseContext, 'viewer' | 'requestId' | 'clock'>,
  event: {
    subgraph: SubgraphName;
    action: string;
    entityType: string;
    entityId: string | null;
    data?: Record<string, unknown>;
  },
): Promise<void> {
  await tx.insert(auditEventsTable).values({
    at: ctx.clock.now(),
    subgraph: event.subgraph,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    actorAccountId: ctx.viewer?.accountId ?? null,
    requestId: ctx.requestId,
    data: event.data ?? {},
  });
}
