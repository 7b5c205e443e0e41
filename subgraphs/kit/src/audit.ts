import type { Executor, Transaction } from '@onedoor/db';
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

/** What a mutation's writes did, for its audit event: the entity changed and what to say of it. */
export interface Written<R> {
  result: R;
  entityId: string | null;
  /** Never identifiers, passwords or hashes: the audit trail is not a second copy of them. */
  data?: Record<string, unknown>;
}

/**
 * One subgraph's audited transactions, `auditedTransaction({ ctx, action, entityType }, write)`: a mutation's
 * writes and then its audit event in one transaction, so both commit or neither (every mutation is audited;
 * see docs/DESIGN.md). Like `db.transaction`, the writes come last.
 */
export function auditTrail(subgraph: SubgraphName) {
  return function auditedTransaction<R>(
    { ctx, action, entityType }: { ctx: BaseContext; action: string; entityType: string },
    write: (tx: Transaction) => Promise<Written<R>>,
  ): Promise<R> {
    return ctx.db.transaction(async (tx) => {
      const { result, entityId, data } = await write(tx);
      await recordAudit(tx, ctx, { subgraph, action, entityType, entityId, data });
      return result;
    });
  };
}
