import { createLegalAidRepository, type LegalAidKind, type LegalAidMatterRow } from '@onedoor/db/funds';
import { badInput, type BaseContext, conflict, created, loadNamed, type ServiceCall } from '@onedoor/subgraph-kit';
import { checkReferences } from './references';
import { auditedTransaction } from './audit';

export interface OpenLegalAidCommand {
  kind: LegalAidKind;
  personId: string;
  caseId?: string | null;
  lawyerId?: string | null;
  summary: string;
}

export interface LegalAidProgressCommand {
  matterId: string;
  version: number;
  lawyerId?: string | null;
  documentsDrafted?: number | null;
  recovered?: bigint | null;
  conclude?: boolean | null;
}

async function checkLawyer({ ctx, lawyerId }: { ctx: BaseContext; lawyerId: string }): Promise<void> {
  const known = await ctx.peers.existing('people', 'Mediator', [lawyerId]);
  if (!known.has(lawyerId))
    throw badInput(
      'input.lawyerId',
      `No pool member with id '${lawyerId}'. Use a lawyer's id from the mediators query.`,
      { reason: 'NOT_FOUND' },
    );
}

/** Accepts a legal-aid matter (法律援助受理), assigned at once when a lawyer is given. */
export async function openLegalAidMatter({
  ctx,
  input,
}: ServiceCall<BaseContext, OpenLegalAidCommand>): Promise<LegalAidMatterRow> {
  await checkReferences({ ctx, personId: input.personId, caseId: input.caseId ?? null });
  if (input.lawyerId) await checkLawyer({ ctx, lawyerId: input.lawyerId });
  const now = ctx.clock.now();
  return auditedTransaction({ ctx, action: 'openLegalAidMatter', entityType: 'LegalAidMatter' }, async (tx) => {
    const matter = await createLegalAidRepository(tx).insert({
      kind: input.kind,
      personId: input.personId,
      caseId: input.caseId ?? null,
      lawyerId: input.lawyerId ?? null,
      status: input.lawyerId ? 'ASSIGNED' : 'ACCEPTED',
      summary: input.summary,
      openedAt: now,
      openedBy: ctx.viewer?.accountId ?? null,
      ...created(now),
    });
    return { result: matter, entityId: matter.id, data: { kind: input.kind } };
  });
}

/** Records a matter's progress against the version the caller read; a concluded matter no longer changes. */
export async function recordLegalAidProgress({
  ctx,
  input,
}: ServiceCall<BaseContext, LegalAidProgressCommand>): Promise<LegalAidMatterRow> {
  const matter = await loadNamed('Legal-aid matter', input, 'matterId', createLegalAidRepository(ctx.db).byIds);
  if (matter.status === 'CONCLUDED')
    throw conflict(`Legal-aid matter ${matter.id} is concluded and no longer changes.`, {
      field: 'input.matterId',
      rule: 'CONCLUDED',
    });
  if (input.lawyerId) await checkLawyer({ ctx, lawyerId: input.lawyerId });
  const now = ctx.clock.now();
  const lawyerId = input.lawyerId ?? matter.lawyerId;
  return auditedTransaction({ ctx, action: 'recordLegalAidProgress', entityType: 'LegalAidMatter' }, async (tx) => {
    const updated = await createLegalAidRepository(tx).update(
      matter.id,
      input.version,
      {
        lawyerId,
        documentsDrafted: input.documentsDrafted ?? matter.documentsDrafted,
        recoveredFen: input.recovered ?? matter.recoveredFen,
        status: input.conclude ? 'CONCLUDED' : lawyerId ? 'ASSIGNED' : 'ACCEPTED',
        concludedAt: input.conclude ? now : null,
      },
      now,
    );
    if (!updated) {
      throw conflict(
        `Legal-aid matter ${matter.id} is at version ${matter.version}, not ${input.version}: reload it and apply your change again.`,
        { field: 'input.version' },
        { reason: 'STALE' },
      );
    }
    return {
      result: updated,
      entityId: matter.id,
      data: {
        documentsDrafted: updated.documentsDrafted,
        recoveredFen: updated.recoveredFen.toString(),
        status: updated.status,
      },
    };
  });
}
