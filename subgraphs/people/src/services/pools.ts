import { randomUUID } from 'node:crypto';
import { beijingDate } from '@onedoor/db';
import {
  createPeopleRepository,
  createPoolsRepository,
  type PeopleRepository,
  type PersonRow,
  type Pool,
  type PoolMembershipRow,
} from '@onedoor/db/people';
import { conflict, created, isUniqueViolation, notFound, type ServiceCall } from '@onedoor/subgraph-kit';
import type { PeopleContext } from '../context';
import { auditedTransaction } from './audit';
import { requireGridUnits, requireOrganisation } from './grid-peer';
import { certificationRows, statusChange } from './new-rows';

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

export const unique = <T>(xs: readonly T[] | null | undefined) => [...new Set(xs ?? [])];

const alreadyInPool = (pool: Pool, extra: Record<string, unknown> = {}) =>
  conflict(`This person is already in the ${pool} pool.`, { field: 'input.pool', ...extra }, { reason: 'DUPLICATE' });

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
    if (isUniqueViolation(err)) throw alreadyInPool(input.pool);
    throw err;
  }
}

/** The person joining: a record that was not merged away and is not in the pool yet. */
async function joiningPerson(people: PeopleRepository, input: AddPoolMemberInput): Promise<PersonRow> {
  const [person] = await people.personsByIds([input.personId]);
  if (!person) throw notFound('Person', input.personId, 'input.personId');
  if (person.mergedIntoId)
    throw conflict(
      `This person was merged into ${person.mergedIntoId}: add that record instead.`,
      {
        field: 'input.personId',
      },
      { reason: 'MERGED' },
    );
  const existing = (await people.membershipsOfPersons([person.id])).find((m) => m.pool === input.pool);
  if (existing) throw alreadyInPool(input.pool, { existingMediatorId: existing.id });
  return person;
}

function insertPoolMember({ ctx, input }: ServiceCall<PeopleContext, AddPoolMemberInput>): Promise<PoolMembershipRow> {
  const now = ctx.clock.now();
  return auditedTransaction({ ctx, action: 'addPoolMember', entityType: 'Mediator' }, async (tx) => {
    const people = createPeopleRepository(tx);
    const person = await joiningPerson(people, input);
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
      ...created(now),
    });
    const pools = createPoolsRepository(tx);
    const joined = { membershipId: id, from: null, to: 'ACTIVE' as const, reason: 'joined' };
    await pools.insertStatusChanges([statusChange(joined, ctx.viewer?.accountId ?? null, now)]);
    await pools.insertCertifications(certificationRows(id, input.certifications ?? [], now));
    return { result: row, entityId: id, data: { personId: person.id, pool: input.pool } };
  });
}
