import { randomUUID } from 'node:crypto';
import { beijingDate, type Executor } from '@onedoor/db';
import {
  createPeopleRepository,
  createPoolsRepository,
  type AvailabilityExceptionKind,
  type MembershipStatus,
  type Pool,
  type PoolMembershipRow,
} from '@onedoor/db/people';
import {
  badInput,
  conflict,
  forbidden,
  hasRole,
  isUniqueViolation,
  notFound,
  recordAudit,
  type ServiceCall,
} from '@onedoor/subgraph-kit';
import type { PeopleContext } from '../context';
import { POOL_MANAGERS } from '../roles';
import { requireGridUnits, requireOrganisation } from './grid-peer';

export interface CertificationInput {
  name: string;
  expiresOn?: string | null;
}

export interface AddPoolMemberInput {
  personId: string;
  pool: Pool;
  fullTime?: boolean | null;
  specialties?: string[] | null;
  languages?: string[] | null;
  studio?: string | null;
  organisationId?: string | null;
  gridUnitIds?: string[] | null;
  joinedOn?: string | null;
  weekdays?: number[] | null;
  certifications?: CertificationInput[] | null;
}

const unique = <T>(xs: readonly T[] | null | undefined) => [...new Set(xs ?? [])];

/**
 * Adds a person to a pool; one membership per person and pool. The organisation and grid units are
 * checked with the grid subgraph before anything is written.
 */
export async function addPoolMember({
  ctx,
  input,
}: ServiceCall<PeopleContext, AddPoolMemberInput>): Promise<PoolMembershipRow> {
  await requireOrganisation({ ctx, id: input.organisationId });
  await requireGridUnits({ ctx, ids: unique(input.gridUnitIds) });
  try {
    return await insertPoolMember({ ctx, input });
  } catch (err) {
    // Two desks adding the same person to the same pool at once: the loser hears what the check would have said.
    if (isUniqueViolation(err))
      throw conflict(`This person is already in the ${input.pool} pool.`, { field: 'input.pool' });
    throw err;
  }
}

function insertPoolMember({ ctx, input }: ServiceCall<PeopleContext, AddPoolMemberInput>): Promise<PoolMembershipRow> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const people = createPeopleRepository(tx);
    const [person] = await people.personsByIds([input.personId]);
    if (!person) throw notFound('Person', input.personId, 'input.personId');
    if (person.mergedIntoId)
      throw conflict(`This person was merged into ${person.mergedIntoId}: add that record instead.`, {
        field: 'input.personId',
      });
    const existing = (await people.membershipsOfPersons([person.id])).find((m) => m.pool === input.pool);
    if (existing)
      throw conflict(`This person is already in the ${input.pool} pool.`, {
        field: 'input.pool',
        existingMediatorId: existing.id,
      });
    const id = randomUUID();
    const row = await people.insertMembership({
      id,
      personId: person.id,
      pool: input.pool,
      fullTime: input.fullTime ?? false,
      specialties: unique(input.specialties),
      languages: unique(input.languages),
      studio: input.studio || null,
      organisationId: input.organisationId ?? null,
      gridUnitIds: unique(input.gridUnitIds),
      joinedOn: input.joinedOn ?? beijingDate(now),
      weekdays: unique(input.weekdays ?? [1, 2, 3, 4, 5]).sort(),
      createdAt: now,
      updatedAt: now,
    });
    const pools = createPoolsRepository(tx);
    await pools.insertStatusChanges([
      {
        membershipId: id,
        fromStatus: null,
        toStatus: 'ACTIVE',
        reason: 'joined',
        actorAccountId: ctx.viewer?.accountId ?? null,
        at: now,
      },
    ]);
    await pools.insertCertifications(
      (input.certifications ?? []).map((c) => ({
        membershipId: id,
        name: c.name,
        expiresOn: c.expiresOn ?? null,
        createdAt: now,
        updatedAt: now,
      })),
    );
    await recordAudit(tx, ctx, {
      subgraph: 'people',
      action: 'addPoolMember',
      entityType: 'Mediator',
      entityId: id,
      data: { personId: person.id, pool: input.pool },
    });
    return row;
  });
}

/**
 * Runs a change to one membership in a transaction with the row locked, refusing a MEDIATOR who is
 * not that member (mediators keep their own availability; staff manage everyone's).
 */
async function changeMembership({
  ctx,
  mediatorId,
  action,
  change,
}: {
  ctx: PeopleContext;
  mediatorId: string;
  action: string;
  change: (tx: Executor, row: PoolMembershipRow, now: Date) => Promise<Record<string, unknown>>;
}): Promise<PoolMembershipRow> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const pools = createPoolsRepository(tx);
    const row = await pools.lockMembership(mediatorId);
    if (!row) throw notFound('Mediator', mediatorId, 'input.mediatorId');
    if (!hasRole(ctx.viewer, POOL_MANAGERS) && row.personId !== ctx.viewer?.personId) {
      throw forbidden('A mediator may change only their own availability.');
    }
    const data = await change(tx, row, now);
    const updated = await pools.updateMembership(row.id, { updatedAt: now });
    await recordAudit(tx, ctx, { subgraph: 'people', action, entityType: 'Mediator', entityId: row.id, data });
    return updated!;
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
        throw conflict(`The member is already ${input.status}.`, { field: 'input.status' });
      const pools = createPoolsRepository(tx);
      await pools.updateMembership(row.id, { status: input.status });
      await pools.insertStatusChanges([
        {
          membershipId: row.id,
          fromStatus: row.status,
          toStatus: input.status,
          reason: input.reason,
          actorAccountId: ctx.viewer?.accountId ?? null,
          at: now,
        },
      ]);
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
    throw badInput('input.to', `The last day ${input.to} is before the first day ${input.from}.`);
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
        createdAt: now,
        updatedAt: now,
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
      await createPoolsRepository(tx).insertCertifications([
        { membershipId: row.id, name: c.name, expiresOn: c.expiresOn ?? null, createdAt: now, updatedAt: now },
      ]);
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
      if (concludedAt > now) throw badInput('input.concludedAt', 'A mediation cannot conclude in the future.');
      await createPoolsRepository(tx).upsertMediationRecord({
        membershipId: row.id,
        caseId: input.caseId,
        resolved: input.resolved,
        satisfaction: input.satisfaction ?? null,
        concludedAt,
        createdAt: now,
        updatedAt: now,
      });
      return { caseId: input.caseId, resolved: input.resolved, satisfaction: input.satisfaction ?? null };
    },
  });
}
