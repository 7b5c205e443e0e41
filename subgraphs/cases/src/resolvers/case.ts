import type { CaseEventRow, CaseRow, CategoryRow } from '@onedoor/db';
import type { Context } from '@onedoor/subgraph-kit';
import type { CasesLoaders } from '../loaders';
import { clockOf } from '../services/clock';
import { canSee } from '../services/visibility';

type Ctx = Context<CasesLoaders>;
const stub = (__typename: string, id: string | null | undefined) => (id ? { __typename, id } : null);
const person = (id: string) => ({ __typename: 'Person', id });

/** The case if the viewer may see it (lead unit, a co-unit of a split routing, own mediator …), else null. */
export async function visibleCase(ctx: Ctx, id: string): Promise<CaseRow | null> {
  const row = await ctx.loaders.caseById.load(id).catch(() => null);
  if (!row) return null;
  const units = (await ctx.loaders.unitsByCase.load(row.id)).map((u) => u.organisationId);
  return canSee(await ctx.loaders.scope(), row, units) ? row : null;
}

export const Case = {
  __resolveReference: (ref: { id: string }, ctx: Ctx) => visibleCase(ctx, ref.id),
  category: (row: CaseRow, _: unknown, ctx: Ctx) => ctx.loaders.categoryById.load(row.categoryId),
  async petitioners(row: CaseRow, _: unknown, ctx: Ctx) {
    return (await ctx.loaders.petitionersByCase.load(row.id)).map((l) => person(l.personId));
  },
  async representatives(row: CaseRow, _: unknown, ctx: Ctx) {
    return (await ctx.loaders.petitionersByCase.load(row.id))
      .filter((l) => l.representative)
      .map((l) => person(l.personId));
  },
  place: (row: CaseRow) => stub('GridUnit', row.gridUnitId),
  responsibleUnit: (row: CaseRow) => stub('Organisation', row.responsibleOrganisationId),
  mediator: (row: CaseRow) => stub('Mediator', row.mediatorId),
  proxyAgent: (row: CaseRow) => stub('Person', row.proxyAgentPersonId),
  owner: (row: CaseRow) => stub('Person', row.ownerPersonId),
  workFund: (row: CaseRow) => row.workFundFen,
  deadlineAt: async (row: CaseRow, _: unknown, ctx: Ctx) => (await clockOf({ ctx, row })).deadlineAt,
  clock: (row: CaseRow, _: unknown, ctx: Ctx) => clockOf({ ctx, row }),
  warning: async (row: CaseRow, _: unknown, ctx: Ctx) => (await clockOf({ ctx, row })).warning,
  attachments: (row: CaseRow, _: unknown, ctx: Ctx) => ctx.loaders.attachmentsByCase.load(row.id),
  async earlierCases(row: CaseRow, _: unknown, ctx: Ctx) {
    const links = await ctx.loaders.linksByCase.load(row.id);
    const rows = await Promise.all(links.map((l) => visibleCase(ctx, l.earlierCaseId)));
    return rows.filter((r): r is CaseRow => !!r).sort((a, b) => b.receivedAt.getTime() - a.receivedAt.getTime());
  },
  async units(row: CaseRow, _: unknown, ctx: Ctx) {
    return (await ctx.loaders.unitsByCase.load(row.id)).map((u) => ({
      unit: stub('Organisation', u.organisationId),
      lead: u.lead,
    }));
  },
  timeline: (row: CaseRow, _: unknown, ctx: Ctx) => ctx.loaders.eventsByCase.load(row.id),
};

const text = (v: unknown) => (typeof v === 'string' ? v : null);

/** Timeline entries read the event's data; a kind leaves the fields it does not use null. */
export const CaseEvent = {
  actor: (e: CaseEventRow) => stub('Account', e.actorAccountId),
  unit: (e: CaseEventRow) => stub('Organisation', text(e.data.organisationId)),
  reason: (e: CaseEventRow) => text(e.data.reason),
  note: (e: CaseEventRow) => text(e.data.note),
  step: (e: CaseEventRow) => text(e.data.step),
  days: (e: CaseEventRow) => (typeof e.data.days === 'number' ? e.data.days : null),
  satisfaction: (e: CaseEventRow) => text(e.data.satisfaction),
  outcome: (e: CaseEventRow) => text(e.data.outcome),
  legalChannel: (e: CaseEventRow) => text(e.data.legalChannel),
  public: (e: CaseEventRow) => e.data.public === true,
  appointmentKind: (e: CaseEventRow) => text(e.data.appointmentKind),
  scheduledAt: (e: CaseEventRow) => text(e.data.scheduledAt),
  place: (e: CaseEventRow) => text(e.data.place),
  attendees: (e: CaseEventRow) => (Array.isArray(e.data.attendees) ? e.data.attendees : []),
  mediationOutcome: (e: CaseEventRow) => text(e.data.mediationOutcome),
  dueAt: (e: CaseEventRow) => text(e.data.dueAt),
};

export const Category = {
  parent: (row: CategoryRow, _: unknown, ctx: Ctx) =>
    row.parentId ? ctx.loaders.categoryById.load(row.parentId) : null,
  async children(row: CategoryRow, _: unknown, ctx: Ctx) {
    if (row.parentId) return [];
    return ctx.loaders.subcategories.load(row.id);
  },
};
