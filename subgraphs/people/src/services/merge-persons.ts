import type { Executor } from '@onedoor/db';
import {
  createMergeRepository,
  createPoolsRepository,
  type DuplicateGroupRow,
  type PersonRow,
} from '@onedoor/db/people';
import { badInput, conflict, notFound, type ServiceCall } from '@onedoor/subgraph-kit';
import type { PeopleContext } from '../context';
import { auditedTransaction } from './audit';
import { statusChange } from './new-rows';

/** Probable duplicates, for staff to review before merging. */
export function findDuplicates({ ctx, first }: { ctx: PeopleContext; first: number }): Promise<DuplicateGroupRow[]> {
  if (!Number.isInteger(first) || first < 1 || first > 200)
    throw badInput('first', `first must be between 1 and 200; got ${first}.`, {
      reason: 'OUT_OF_RANGE',
      params: { min: 1, max: 200 },
    });
  return createMergeRepository(ctx.db).duplicateGroups(first);
}

/** The survivor keeps its own details and takes the duplicate's where it has none. */
function fillGaps(survivor: PersonRow, duplicate: PersonRow): Partial<PersonRow> {
  const patch: Partial<PersonRow> = {};
  if (!survivor.nationalIdEnc && duplicate.nationalIdEnc)
    Object.assign(patch, { nationalIdEnc: duplicate.nationalIdEnc, nationalIdHash: duplicate.nationalIdHash });
  if (!survivor.phoneEnc && duplicate.phoneEnc)
    Object.assign(patch, {
      phoneEnc: duplicate.phoneEnc,
      phoneHash: duplicate.phoneHash,
      phoneLast4Hash: duplicate.phoneLast4Hash,
    });
  // Indexes taken from a record indexed under another key leave the survivor to the next re-index.
  if ((patch.nationalIdHash || patch.phoneHash) && duplicate.indexKeyVersion !== survivor.indexKeyVersion)
    patch.indexKeyVersion = null;
  if (!survivor.birthDate && duplicate.birthDate) patch.birthDate = duplicate.birthDate;
  if (!survivor.address && duplicate.address) patch.address = duplicate.address;
  if (survivor.gender === 'UNSPECIFIED' && duplicate.gender !== 'UNSPECIFIED') patch.gender = duplicate.gender;
  const flags = [...new Set([...survivor.vulnerabilities, ...duplicate.vulnerabilities])];
  if (flags.length !== survivor.vulnerabilities.length) patch.vulnerabilities = flags;
  return patch;
}

/**
 * One membership per person and pool: where both records are in the same pool, the survivor's
 * membership stays and the duplicate's is retired (its id still resolves, for cases that name it).
 */
async function retireOverlaps({
  ctx,
  tx,
  survivorId,
  duplicateId,
  now,
}: {
  ctx: PeopleContext;
  tx: Executor;
  survivorId: string;
  duplicateId: string;
  now: Date;
}): Promise<string[]> {
  const pools = createPoolsRepository(tx);
  const overlaps = await createMergeRepository(tx).overlappingMemberships(survivorId, duplicateId);
  const active = overlaps.filter((m) => m.status !== 'RETIRED');
  for (const m of active) await pools.updateMembership(m.id, { status: 'RETIRED', updatedAt: now });
  const reason = `merged into person ${survivorId}`;
  const changes = active.map((m) => ({ membershipId: m.id, from: m.status, to: 'RETIRED' as const, reason }));
  await pools.insertStatusChanges(changes.map((c) => statusChange(c, ctx.viewer?.accountId ?? null, now)));
  return overlaps.map((m) => m.id);
}

/** The two records, locked; refuses a pair that is not one person's two live records. */
function mergeable(
  rows: PersonRow[],
  input: { survivorId: string; duplicateId: string },
): { survivor: PersonRow; duplicate: PersonRow } {
  const survivor = rows.find((r) => r.id === input.survivorId);
  const duplicate = rows.find((r) => r.id === input.duplicateId);
  if (!survivor) throw notFound('Person', input.survivorId, 'input.survivorId');
  if (!duplicate) throw notFound('Person', input.duplicateId, 'input.duplicateId');
  if (survivor.mergedIntoId)
    throw conflict(
      `The record to keep was itself merged into ${survivor.mergedIntoId}: keep that one instead.`,
      {
        field: 'input.survivorId',
        mergedIntoId: survivor.mergedIntoId,
      },
      { reason: 'MERGED' },
    );
  if (duplicate.mergedIntoId)
    throw conflict(
      `The duplicate was already merged into ${duplicate.mergedIntoId}.`,
      {
        field: 'input.duplicateId',
        mergedIntoId: duplicate.mergedIntoId,
      },
      { reason: 'MERGED' },
    );
  if (survivor.nationalIdHash && duplicate.nationalIdHash && survivor.nationalIdHash !== duplicate.nationalIdHash) {
    throw conflict(
      'The two records carry different national ids, so they are two people: they cannot be merged.',
      {
        field: 'input.duplicateId',
      },
      { reason: 'DIFFERENT_NATIONAL_IDS' },
    );
  }
  return { survivor, duplicate };
}

/**
 * Merges a duplicate into the survivor in one transaction. Nothing is deleted: the duplicate row
 * stays with `mergedIntoId`, so every case, payment or membership that names either id still
 * resolves, and the merge itself is on record.
 */
export async function mergePersons({
  ctx,
  input,
}: ServiceCall<PeopleContext, { survivorId: string; duplicateId: string }>): Promise<PersonRow> {
  if (input.survivorId === input.duplicateId)
    throw badInput('input.duplicateId', 'A person cannot be merged into itself: choose two different records.', {
      reason: 'SAME_AS',
      params: { other: 'survivorId' },
    });
  return auditedTransaction({ ctx, action: 'mergePersons', entityType: 'Person' }, async (tx) => {
    const repo = createMergeRepository(tx);
    const { survivor, duplicate } = mergeable(await repo.lockPersons([input.survivorId, input.duplicateId]), input);
    const now = ctx.clock.now();
    const patch = fillGaps(survivor, duplicate);
    const retired = await retireOverlaps({ ctx, tx, survivorId: survivor.id, duplicateId: duplicate.id, now });
    const merged = await repo.merge({
      survivorId: survivor.id,
      duplicateId: duplicate.id,
      survivorPatch: patch,
      now,
    });
    const data = {
      duplicateId: duplicate.id,
      filled: Object.keys(patch).filter((k) => !k.endsWith('Hash') && k !== 'indexKeyVersion'),
      retiredMemberships: retired,
    };
    return { result: merged, entityId: survivor.id, data };
  });
}
