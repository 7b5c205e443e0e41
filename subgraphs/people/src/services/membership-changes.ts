import type { Executor } from '@onedoor/db';
import {
  type AvailabilityExceptionKind,
  createPoolsRepository,
  type MembershipStatus,
  type PoolMembershipRow,
} from '@onedoor/db/people';
import { badInput, conflict, created, forbidden, hasRole, notFound, type ServiceCall } from '@onedoor/subgraph-kit';
import type { PeopleContext } from '../context';
import { POOL_MANAGERS } from '../roles';
import { auditedTransaction } from './audit';
import { certificationRows, statusChange } from './new-rows';
import { type CertificationInput, unique } from './pools';

/** One change to a membership: `change` applies it to the locked row and returns the audit event's data. */
interface MembershipChange {
  ctx: PeopleContext;
  mediatorId: string;
  action: string;
  change: (tx: Executor, row: PoolMembershipRow, now: Date) => Promise<Record<string, unknown>>;
}

/**
 * Runs a change to one membership in a transaction with the row locked, refusing a MEDIATOR who is
 * not that member (mediators keep their own availability; staff manage everyone's).
 */
function changeMembership({ ctx, mediatorId, action, change }: MembershipChange): Promise<PoolMembershipRow> {
  const now = ctx.clock.now();
  return auditedTransaction({ ctx, action, entityType: 'Mediator' }, async (tx) => {
    const pools = createPoolsRepository(tx);
    const row = await pools.lockMembership(mediatorId);
    if (!row) throw notFound('Mediator', mediatorId, 'input.mediatorId');
    if (!hasRole(ctx.viewer, POOL_MANAGERS) && row.personId !== ctx.viewer?.personId) {
      throw forbidden('A mediator may change only their own availability.');
    }
    const data = await change(tx, row, now);
    const updated = await pools.updateMembership(row.id, { updatedAt: now });
    return { result: updated!, entityId: row.id, data };
  });
}

export function changeMediatorStatus({
  ctx,
  input,
}: ServiceCall<PeopleContext, { mediatorId: string; status: MembershipStatus; reason: string }>) {
  return changeMembership({
    ctx,
    mediatorId: input.mediatorId,
    action: 'changeMediatorStatus',
    change: async (tx, row, now) => {
      if (row.status === input.status)
        throw conflict(`The member is already ${input.status}.`, { field: 'input.status' }, { reason: 'UNCHANGED' });
      const pools = createPoolsRepository(tx);
      await pools.updateMembership(row.id, { status: input.status });
      const change = { membershipId: row.id, from: row.status, to: input.status, reason: input.reason };
      await pools.insertStatusChanges([statusChange(change, ctx.viewer?.accountId ?? null, now)]);
      return { from: row.status, to: input.status, reason: input.reason };
    },
  });
}

export function setMediatorWeekdays({
  ctx,
  input,
}: ServiceCall<PeopleContext, { mediatorId: string; weekdays: number[] }>) {
  return changeMembership({
    ctx,
    mediatorId: input.mediatorId,
    action: 'setMediatorWeekdays',
    change: async (tx, row) => {
      const weekdays = unique(input.weekdays).sort();
      await createPoolsRepository(tx).updateMembership(row.id, { weekdays });
      return { weekdays };
    },
  });
}

export function addAvailabilityException({
  ctx,
  input,
}: ServiceCall<
  PeopleContext,
  { mediatorId: string; kind: AvailabilityExceptionKind; from: string; to: string; note?: string | null }
>) {
  if (input.to < input.from)
    throw badInput('input.to', `The last day ${input.to} is before the first day ${input.from}.`, {
      reason: 'ENDS_BEFORE_START',
      params: { start: 'from' },
    });
  return changeMembership({
    ctx,
    mediatorId: input.mediatorId,
    action: 'addAvailabilityException',
    change: async (tx, row, now) => {
      const e = await createPoolsRepository(tx).insertException({
        membershipId: row.id,
        kind: input.kind,
        fromDate: input.from,
        toDate: input.to,
        note: input.note || null,
        ...created(now),
      });
      return { exceptionId: e.id, kind: e.kind, from: e.fromDate, to: e.toDate };
    },
  });
}

export function addCertification({
  ctx,
  input,
}: ServiceCall<PeopleContext, { mediatorId: string; certification: CertificationInput }>) {
  return changeMembership({
    ctx,
    mediatorId: input.mediatorId,
    action: 'addCertification',
    change: async (tx, row, now) => {
      const c = input.certification;
      await createPoolsRepository(tx).insertCertifications(certificationRows(row.id, [c], now));
      return { name: c.name, expiresOn: c.expiresOn ?? null };
    },
  });
}

export async function recordMediationOutcome({
  ctx,
  input,
}: ServiceCall<
  PeopleContext,
  { mediatorId: string; caseId: string; resolved: boolean; satisfaction?: number | null; concludedAt?: Date | null }
>) {
  const found = await ctx.peers.existing('cases', 'Case', [input.caseId]);
  if (!found.has(input.caseId)) throw notFound('Case', input.caseId, 'input.caseId');
  return changeMembership({
    ctx,
    mediatorId: input.mediatorId,
    action: 'recordMediationOutcome',
    change: async (tx, row, now) => {
      const concludedAt = input.concludedAt ?? now;
      if (concludedAt > now)
        throw badInput('input.concludedAt', 'A mediation cannot conclude in the future.', { reason: 'IN_FUTURE' });
      await createPoolsRepository(tx).upsertMediationRecord({
        membershipId: row.id,
        caseId: input.caseId,
        resolved: input.resolved,
        satisfaction: input.satisfaction ?? null,
        concludedAt,
        ...created(now),
      });
      return { caseId: input.caseId, resolved: input.resolved, satisfaction: input.satisfaction ?? null };
    },
  });
}
