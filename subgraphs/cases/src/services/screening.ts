import { DAY_MS } from '@onedoor/db';
import { type CaseWorkflowRepository, type CategoryRow, type Channel, RUNNING_STATUSES } from '@onedoor/db/cases';
import { badInput } from '@onedoor/subgraph-kit';
import type { CaseRules } from './clock';

/** Art. 20: a group visit sends at most 5 representatives. */
export const MAX_REPRESENTATIVES = 5;

export interface IntakeDetails {
  channel: Channel;
  petitionerIds: string[];
  externalOrderNumber?: string | null;
  assigningBody?: string | null;
  assigningDeadlineAt?: Date | null;
  proxyAgentId?: string | null;
  representativeIds?: string[] | null;
  attachments?: { name: string; mediaType: string; sizeBytes: number; checksum: string; storageKey: string }[] | null;
}

/** What the channel brought along, as the case row keeps it. */
export const intakeColumns = (input: IntakeDetails) => ({
  externalOrderNumber: input.externalOrderNumber ?? null,
  assigningBody: input.assigningBody ?? null,
  assigningDeadlineAt: input.assigningDeadlineAt ?? null,
  proxyAgentPersonId: input.proxyAgentId ?? null,
});

/** What each channel must bring along, and the group petition's representatives (Art. 20). */
export function checkIntakeDetails(input: IntakeDetails) {
  if (input.channel === 'HOTLINE_12345' && !input.externalOrderNumber) {
    throw badInput(
      'input.externalOrderNumber',
      'input.externalOrderNumber: a 12345 work order needs its order number.',
      { reason: 'REQUIRED' },
    );
  }
  if (input.channel === 'ASSIGNED_BY_SUPERIOR') {
    if (!input.assigningBody)
      throw badInput('input.assigningBody', 'input.assigningBody: name the superior body that assigned the case.', {
        reason: 'REQUIRED',
      });
    if (!input.assigningDeadlineAt)
      throw badInput(
        'input.assigningDeadlineAt',
        'input.assigningDeadlineAt: give the deadline the assigning body set.',
        { reason: 'REQUIRED' },
      );
  }
  if (input.channel === 'PROXY_AGENT' && !input.proxyAgentId) {
    throw badInput('input.proxyAgentId', 'input.proxyAgentId: name the proxy agent who submitted the case.', {
      reason: 'REQUIRED',
    });
  }
  const representatives = input.representativeIds ?? [];
  if (representatives.length > MAX_REPRESENTATIVES) {
    throw badInput(
      'input.representativeIds',
      `input.representativeIds: a group petition has at most ${MAX_REPRESENTATIVES} representatives (Art. 20); ${representatives.length} were given.`,
      { reason: 'TOO_MANY', params: { max: MAX_REPRESENTATIVES } },
    );
  }
  const outsider = representatives.findIndex((id) => !input.petitionerIds.includes(id));
  if (outsider >= 0)
    throw badInput(`input.representativeIds.${outsider}`, 'A representative must be one of the petitioners.', {
      reason: 'NOT_A_PETITIONER',
    });
}

/**
 * Repeat detection (重信重访): an earlier case of any of the same petitioners on the same or a related
 * matter (same sub-category, or the same top-level category) inside the configured look-back.
 * A match that review has made final bars the new petition (Art. 36); a cross-level petition on a
 * matter still inside its handling period below is not accepted at this level either (Art. 19).
 */
export async function screen({
  workflow,
  ...input
}: {
  workflow: CaseWorkflowRepository;
  petitionerIds: string[];
  category: CategoryRow;
  receivedAt: Date;
  rules: CaseRules;
  crossLevel: boolean;
}) {
  const since = new Date(input.receivedAt.getTime() - input.rules.repeatLookbackDays * DAY_MS);
  const earlier = await workflow.earlierCasesOf(input.petitionerIds, since, input.category.parentId);
  const related = earlier.filter((c) => c.receivedAt <= input.receivedAt);
  return {
    repeat: related.length > 0,
    earlierIds: [...new Set(related.map((c) => c.id))],
    finalityBarred: related.some((c) => c.final && c.categoryId === input.category.id),
    pendingBelow:
      input.crossLevel &&
      related.some(
        (c) =>
          c.categoryId === input.category.id &&
          c.level === 0 &&
          RUNNING_STATUSES.includes(c.status) &&
          c.deadlineAt > input.receivedAt,
      ),
  };
}
