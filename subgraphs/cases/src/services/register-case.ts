import { randomInt } from 'node:crypto';
import { type CaseRow, type Channel, createCasesRepository } from '@onedoor/db';
import { badInput, type BaseContext, recordAudit } from '@onedoor/subgraph-kit';

/** The centre's local limit for a first-time case (初信初访 30 days); the cases issue makes it configurable. */
export const FIRST_TIME_LIMIT_DAYS = 30;
const DAY_MS = 86_400_000;
const TRACKING_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export interface RegisterCaseCommand {
  channel: Channel;
  categoryId: string;
  title: string;
  description: string;
  petitionerIds: string[];
  headCount?: number | null;
  gridUnitId: string;
  contactPhone: string;
  receivedAt?: Date | null;
}

/**
 * Registers a case. References to other subgraphs (petitioners, grid unit) are checked with their
 * owners before anything is written; the case, its petitioners, its first event and the audit
 * record then commit in one transaction.
 */
export async function registerCase(ctx: BaseContext, input: RegisterCaseCommand): Promise<CaseRow> {
  const now = ctx.clock.now();
  const receivedAt = input.receivedAt ?? now;
  if (receivedAt.getTime() > now.getTime() + 60_000) throw badInput('input.receivedAt', 'input.receivedAt cannot be in the future.');
  const headCount = input.headCount ?? input.petitionerIds.length;
  if (headCount < input.petitionerIds.length) {
    throw badInput('input.headCount', `input.headCount (${headCount}) cannot be less than the ${input.petitionerIds.length} named petitioners.`);
  }

  const repo = createCasesRepository(ctx.db);
  const [category] = await repo.categoriesByIds([input.categoryId]);
  if (!category || !category.active) {
    const known = (await repo.allCategories()).filter((c) => c.parentId).slice(0, 8).map((c) => `${c.code} ${c.name}`);
    throw badInput('input.categoryId', `Unknown category '${input.categoryId}'. Pick a sub-category from the \`categories\` query, such as: ${known.join('; ')}.`);
  }
  if (!category.parentId) {
    throw badInput('input.categoryId', `'${category.name}' is a top-level category; choose one of its sub-categories.`);
  }

  const call = { authorization: ctx.authorization, requestId: ctx.requestId };
  const [people, places] = await Promise.all([
    ctx.peers.existing('people', 'Person', input.petitionerIds, call),
    ctx.peers.existing('grid', 'GridUnit', [input.gridUnitId], call),
  ]);
  const missing = input.petitionerIds.findIndex((id) => !people.has(id));
  if (missing >= 0) throw badInput(`input.petitionerIds.${missing}`, `No person with id '${input.petitionerIds[missing]}'. Register the petitioner first (registerPerson).`);
  if (!places.has(input.gridUnitId)) throw badInput('input.gridUnitId', `Unknown grid unit '${input.gridUnitId}'. Use an id from the gridUnits query.`);

  return ctx.db.transaction(async (tx) => {
    const cases = createCasesRepository(tx);
    const number = await cases.nextNumber(yearInChina(receivedAt));
    const row = await cases.insert({
      number,
      trackingCode: trackingCode(),
      channel: input.channel,
      categoryId: category.id,
      title: input.title,
      description: input.description,
      gridUnitId: input.gridUnitId,
      headCount,
      contactPhoneEnc: ctx.cipher.encrypt(input.contactPhone),
      contactPhoneLast4: input.contactPhone.slice(-4),
      receivedAt,
      deadlineAt: new Date(receivedAt.getTime() + FIRST_TIME_LIMIT_DAYS * DAY_MS),
      registeredBy: ctx.viewer?.accountId ?? null,
      createdAt: now,
      updatedAt: now,
    }, input.petitionerIds, { kind: 'REGISTERED', actorAccountId: ctx.viewer?.accountId ?? null, data: { channel: input.channel } });
    await recordAudit(tx, ctx, { subgraph: 'cases', action: 'registerCase', entityType: 'Case', entityId: row.id, data: { number } });
    return row;
  });
}

/** Case numbers count per year of receipt in the centre's own time zone. */
function yearInChina(at: Date): number {
  return new Date(at.getTime() + 8 * 3_600_000).getUTCFullYear();
}

function trackingCode(): string {
  return Array.from({ length: 10 }, () => TRACKING_ALPHABET[randomInt(TRACKING_ALPHABET.length)]).join('');
}
