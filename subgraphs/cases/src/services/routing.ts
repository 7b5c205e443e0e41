import { addWorkingDays } from '@onedoor/db';
import { createCaseWorkflowRepository, type LegalChannel } from '@onedoor/db/cases';
import { badInput, type BaseContext, conflict, forbidden, hasRole } from '@onedoor/subgraph-kit';
import { OBJECT_FOR_ANY_UNIT } from '../roles';
import { issueNoticeIn, noticeNamesFor } from './issue-notice';
import { applyTransition, lastEvent, type TransitionCall } from './transition';

/** Checks that organisations exist with grid, their owner, before anything is written. */
export async function requireOrganisations({
  ctx,
  ids,
  field,
}: {
  ctx: BaseContext;
  ids: readonly string[];
  field: (i: number) => string;
}) {
  const known = await ctx.peers.existing('grid', 'Organisation', ids);
  const missing = ids.findIndex((id) => !known.has(id));
  if (missing >= 0)
    throw badInput(field(missing), `Unknown organisation '${ids[missing]}'. Use an id from the organisations query.`, {
      reason: 'NOT_FOUND',
    });
}

/** Routing (交办): to one unit, or split among several with one lead; the reason is required. */
export async function routeCase({
  ctx,
  input,
}: TransitionCall<{ leadUnitId: string; otherUnitIds: string[]; reason: string }>) {
  if (input.otherUnitIds.includes(input.leadUnitId))
    throw badInput('input.otherUnitIds', 'input.otherUnitIds must not repeat the lead unit.', {
      reason: 'DUPLICATE_ITEM',
    });
  const all = [input.leadUnitId, ...input.otherUnitIds];
  await requireOrganisations({
    ctx,
    ids: all,
    field: (i) => (i === 0 ? 'input.leadUnitId' : `input.otherUnitIds.${i - 1}`),
  });
  return applyTransition({ ctx, input, kind: 'ROUTED' }, ({ now }) => ({
    data: { organisationId: input.leadUnitId, otherUnitIds: input.otherUnitIds, reason: input.reason },
    patch: { responsibleOrganisationId: input.leadUnitId, routedAt: now },
    after: (tx, row) =>
      createCaseWorkflowRepository(tx).replaceUnits(
        row.id,
        all.map((organisationId, i) => ({ organisationId, lead: i === 0 })),
      ),
  }));
}

/**
 * A routed unit objects that the case is not its business (Art. 23): only within the configured
 * working days of the routing, counted on the holiday calendar. The objection is kept per unit and
 * the case returns to the centre for re-routing.
 */
export function objectToRouting({ ctx, input }: TransitionCall<{ unitId: string; reason: string }>) {
  if (!hasRole(ctx.viewer, OBJECT_FOR_ANY_UNIT) && ctx.viewer?.organisationId !== input.unitId) {
    throw forbidden('A unit objects only for itself: input.unitId must be your own organisation.');
  }
  return applyTransition({ ctx, input, kind: 'OBJECTED' }, ({ row, events, rules, calendar, now }) => {
    const routed = lastEvent(events, 'ROUTED');
    const units = [routed?.data.organisationId, ...((routed?.data.otherUnitIds as string[] | undefined) ?? [])];
    if (!units.includes(input.unitId)) throw conflict(`Case ${row.number} is not routed to unit '${input.unitId}'.`);
    const windowEnd = addWorkingDays(routed!.at, rules.objectionWorkingDays, calendar);
    if (now > windowEnd) {
      throw conflict(
        `The objection window closed at ${windowEnd.toISOString()} (${rules.objectionWorkingDays} working days after the routing); accept or decline the case instead.`,
      );
    }
    const lead = row.responsibleOrganisationId === input.unitId;
    return {
      data: { organisationId: input.unitId, reason: input.reason, lead },
      // The lead's objection returns the case to the centre; a co-unit's only takes that unit off the routing.
      to: lead ? 'REGISTERED' : 'ROUTED',
      patch: lead ? { responsibleOrganisationId: null, routedAt: null } : {},
      after: async (tx) => {
        const workflow = createCaseWorkflowRepository(tx);
        await workflow.insertObjection({
          caseId: row.id,
          organisationId: input.unitId,
          reason: input.reason,
          at: now,
        });
        const remaining = lead
          ? []
          : (await workflow.unitsOf([row.id])).filter((u) => u.organisationId !== input.unitId);
        await workflow.replaceUnits(
          row.id,
          remaining.map((u) => ({ organisationId: u.organisationId, lead: u.lead })),
        );
      },
    };
  });
}

/**
 * The unit accepts (受理); a petition barred as final (Art. 36) or pending below (Art. 19) is not accepted. The
 * acceptance notice (受理告知书) is issued in the same transaction: if it cannot be, the case is not accepted.
 */
export async function acceptCase({ ctx, input }: TransitionCall<{ note?: string | null }>) {
  const names = await noticeNamesFor({ ctx, caseId: input.caseId });
  return applyTransition({ ctx, input, kind: 'ACCEPTED' }, ({ row }) => {
    if (row.finalityBarred) {
      throw conflict(
        `Case ${row.number} repeats a matter already reviewed (Art. 36): the same facts and reasons are not accepted again. Decline it with that reason.`,
      );
    }
    if (row.pendingBelow) {
      throw conflict(
        `Case ${row.number} is a cross-level petition on a matter still inside its handling period below (Art. 19): it is not accepted at this level. Decline it and tell the petitioner where it is being handled.`,
      );
    }
    return {
      data: { note: input.note ?? null },
      after: async (tx, updated) => {
        await issueNoticeIn({ tx, ctx, row: updated, request: { kind: 'ACCEPTANCE' }, names });
      },
    };
  });
}

/**
 * Not accepted (不予受理), with written reasons and the proper channel, which the non-acceptance notice (不予受理告知书)
 * issued in the same transaction prints.
 */
export async function declineCase({ ctx, input }: TransitionCall<{ reason: string; properChannel?: string | null }>) {
  const names = await noticeNamesFor({ ctx, caseId: input.caseId });
  return applyTransition({ ctx, input, kind: 'NOT_ACCEPTED' }, ({ now }) => ({
    data: { reason: input.reason, properChannel: input.properChannel ?? null },
    patch: { outcome: 'NOT_ACCEPTED_WITH_REASON', closedAt: now },
    after: async (tx, updated) => {
      await issueNoticeIn({ tx, ctx, row: updated, request: { kind: 'NON_ACCEPTANCE' }, names });
    },
  }));
}

/** Hand-over to a legal channel (诉访分离): the statute sends these matters to their own procedures. */
export async function handOverToLegalChannel({
  ctx,
  input,
}: TransitionCall<{ legalChannel: LegalChannel; receivingUnitId: string; reason: string }>) {
  await requireOrganisations({ ctx, ids: [input.receivingUnitId], field: () => 'input.receivingUnitId' });
  return applyTransition({ ctx, input, kind: 'HANDED_OVER' }, ({ now }) => ({
    data: { legalChannel: input.legalChannel, organisationId: input.receivingUnitId, reason: input.reason },
    patch: {
      lawRelated: true,
      legalChannel: input.legalChannel,
      responsibleOrganisationId: input.receivingUnitId,
      outcome: 'HANDED_TO_LEGAL_CHANNEL',
      closedAt: now,
    },
    after: (tx, row) =>
      createCaseWorkflowRepository(tx).replaceUnits(row.id, [{ organisationId: input.receivingUnitId, lead: true }]),
  }));
}
