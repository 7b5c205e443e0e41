import { randomInt } from 'node:crypto';
import { beijingYear, MINUTE_MS } from '@onedoor/db';
import {
  type CaseRow,
  type CategoryRow,
  type Channel,
  createCasesRepository,
  createCaseWorkflowRepository,
  type LegalChannel,
} from '@onedoor/db/cases';
import { badInput, type BaseContext, created, type ServiceCall } from '@onedoor/subgraph-kit';
import { deriveClock, rulesInForce } from './clock';
import { checkIntakeDetails, intakeColumns, type IntakeDetails, screen } from './screening';
import { auditedTransaction } from './audit';

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

export type RegisterCaseInput = RegisterCaseCommand &
  IntakeDetails & {
    lawRelated?: boolean | null;
    legalChannel?: LegalChannel | null;
    crossLevel?: boolean | null;
  };

/**
 * Registers a case. References to other subgraphs (petitioners, grid unit) are checked with their
 * owners before anything is written; the case, its petitioners, its first event and the audit
 * record then commit in one transaction.
 */
export async function registerCase({ ctx, input }: ServiceCall<BaseContext, RegisterCaseInput>): Promise<CaseRow> {
  const now = ctx.clock.now();
  const receivedAt = input.receivedAt ?? now;
  const headCount = input.headCount ?? input.petitionerIds.length;
  const category = await validate({ ctx, input, now, receivedAt, headCount });

  return auditedTransaction({ ctx, action: 'registerCase', entityType: 'Case' }, async (tx) => {
    const cases = createCasesRepository(tx);
    const workflow = createCaseWorkflowRepository(tx);
    const [stored, calendar] = await Promise.all([workflow.storedRules(), workflow.calendar()]);
    const rules = rulesInForce(stored);
    const screening = await screen({
      workflow,
      petitionerIds: input.petitionerIds,
      category,
      receivedAt,
      rules,
      crossLevel: input.crossLevel ?? false,
    });
    const number = await cases.nextNumber(beijingYear(receivedAt));
    const clock = deriveClock([{ kind: 'REGISTERED', at: receivedAt, data: {} }], calendar, rules, screening.repeat);
    const row = await cases.insert(
      {
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
        deadlineAt: clock.deadlineAt,
        registeredBy: ctx.viewer?.accountId ?? null,
        ...intakeColumns(input),
        repeat: screening.repeat,
        finalityBarred: screening.finalityBarred,
        pendingBelow: screening.pendingBelow,
        groupPetition: headCount >= rules.groupHeadCount,
        crossLevel: input.crossLevel ?? false,
        lawRelated: input.lawRelated ?? false,
        legalChannel: input.lawRelated ? (input.legalChannel ?? null) : null,
        handlingMode: screening.repeat ? 'REPEAT_TEAM' : 'FIRST_TIME',
        ...created(now),
      },
      input.petitionerIds,
      {
        kind: 'REGISTERED',
        actorAccountId: ctx.viewer?.accountId ?? null,
        data: { channel: input.channel, repeatOf: screening.earlierIds },
      },
    );
    await workflow.insertLinks(row.id, screening.earlierIds);
    await workflow.markRepresentatives(row.id, input.representativeIds ?? []);
    await workflow.insertAttachments(row.id, input.attachments ?? [], now);
    return { result: row, entityId: row.id, data: { number, repeatOf: screening.earlierIds } };
  });
}

/** Everything that can be refused before writing: dates, head count, channel details, the category, and references to other subgraphs. */
async function validate({
  ctx,
  input,
  ...facts
}: ServiceCall<BaseContext, RegisterCaseInput> & {
  now: Date;
  receivedAt: Date;
  headCount: number;
}): Promise<CategoryRow> {
  if (facts.receivedAt.getTime() > facts.now.getTime() + MINUTE_MS)
    throw badInput('input.receivedAt', 'input.receivedAt cannot be in the future.', { reason: 'IN_FUTURE' });
  if (facts.headCount < input.petitionerIds.length) {
    throw badInput(
      'input.headCount',
      `input.headCount (${facts.headCount}) cannot be less than the ${input.petitionerIds.length} named petitioners.`,
      { reason: 'TOO_SMALL', params: { min: input.petitionerIds.length } },
    );
  }
  checkIntakeDetails(input);
  if (input.lawRelated && !input.legalChannel)
    throw badInput(
      'input.legalChannel',
      'input.legalChannel: name the legal channel a law-related matter belongs to.',
      { reason: 'REQUIRED' },
    );

  const repo = createCasesRepository(ctx.db);
  const [category] = await repo.categoriesByIds([input.categoryId]);
  if (!category || !category.active) {
    const known = (await repo.allCategories())
      .filter((c) => c.parentId)
      .slice(0, 8)
      .map((c) => `${c.code} ${c.name}`);
    throw badInput(
      'input.categoryId',
      `Unknown category '${input.categoryId}'. Pick a sub-category from the \`categories\` query, such as: ${known.join('; ')}.`,
      { reason: 'NOT_FOUND' },
    );
  }
  if (!category.parentId) {
    throw badInput(
      'input.categoryId',
      `'${category.name}' is a top-level category; choose one of its sub-categories.`,
      { reason: 'NOT_A_SUBCATEGORY' },
    );
  }
  const [people, places] = await Promise.all([
    ctx.peers.existing('people', 'Person', [
      ...input.petitionerIds,
      ...(input.proxyAgentId ? [input.proxyAgentId] : []),
    ]),
    ctx.peers.existing('grid', 'GridUnit', [input.gridUnitId]),
  ]);
  const missing = input.petitionerIds.findIndex((id) => !people.has(id));
  if (missing >= 0)
    throw badInput(
      `input.petitionerIds.${missing}`,
      `No person with id '${input.petitionerIds[missing]}'. Register the petitioner first (registerPerson).`,
      { reason: 'NOT_FOUND' },
    );
  if (!places.has(input.gridUnitId))
    throw badInput('input.gridUnitId', `Unknown grid unit '${input.gridUnitId}'. Use an id from the gridUnits query.`, {
      reason: 'NOT_FOUND',
    });
  if (input.proxyAgentId && !people.has(input.proxyAgentId))
    throw badInput('input.proxyAgentId', `No person with id '${input.proxyAgentId}'.`, { reason: 'NOT_FOUND' });
  return category;
}

function trackingCode(): string {
  return Array.from({ length: 10 }, () => TRACKING_ALPHABET[randomInt(TRACKING_ALPHABET.length)]).join('');
}
