import type { Executor } from '@onedoor/db';
import { recordAudit } from '@onedoor/subgraph-kit';
import type { PeopleContext } from '../context';

/** What a mutation's writes did, for its audit event: the entity changed and what to say of it. */
export interface Written<R> {
  result: R;
  entityId: string | null;
  /** Never identifiers, passwords or hashes: the audit trail is not a second copy of them. */
  data?: Record<string, unknown>;
}

/**
 * Runs a people mutation's writes and then its audit event in one transaction, so both commit or neither
 * (every mutation is audited; see docs/DESIGN.md). Like `db.transaction`, the writes come last.
 */
export function auditedTransaction<R>(
  { ctx, action, entityType }: { ctx: PeopleContext; action: string; entityType: string },
  write: (tx: Executor) => Promise<Written<R>>,
): Promise<R> {
  return ctx.db.transaction(async (tx) => {
    const { result, entityId, data } = await write(tx);
    await recordAudit(tx, ctx, { subgraph: 'people', action, entityType, entityId, data });
    return result;
  });
}
