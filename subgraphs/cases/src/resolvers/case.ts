import type { CaseEventRow } from '@onedoor/db/cases';
import { defineMutation, requireRole } from '@onedoor/subgraph-kit';
import type {
  AppointmentKind,
  ClosureOutcome,
  HandlingStepKind,
  LegalChannel,
  MediationOutcome,
  Resolvers,
  Satisfaction,
} from '../generated/resolvers';
import { ANY_STAFF, INTAKE } from '../roles';
import { clockOf } from '../services/clock';
import { entityRef, optionalRef } from '../services/entity-refs';
import { listCases } from '../services/list-cases';
import { registerCase } from '../services/register-case';
import { trackCase } from '../services/tracking';
import { visibleCase, visibleCaseByNumber, visibleEarlierCases } from '../services/visibility';
import { registerCaseInput } from './inputs';

const person = (id: string) => entityRef('Person', id);
const text = (v: unknown) => (typeof v === 'string' ? v : null);
/** A timeline entry's value of `key` if it is text; a kind leaves the fields it does not use null. */
const dataText = (key: string) => (e: CaseEventRow) => text(e.data[key]);
/** An enum value the transition wrote; GraphQL refuses any value outside the enum on output. */
const dataEnum =
  <T extends string>(key: string) =>
  (e: CaseEventRow) =>
    text(e.data[key]) as T | null;
/** A moment the transition wrote as ISO text. */
const dataMoment = (key: string) => (e: CaseEventRow) => {
  const at = text(e.data[key]);
  return at ? new Date(at) : null;
};

/** A case: reading and listing it, registering it, and its fields drawn from its events and rows. */
export const caseResolvers: Resolvers = {
  Query: {
    case(_, { id }, ctx) {
      requireRole(ctx.viewer, ANY_STAFF, 'case');
      return visibleCase({ ctx, id });
    },
    caseByNumber(_, { number }, ctx) {
      requireRole(ctx.viewer, ANY_STAFF, 'caseByNumber');
      return visibleCaseByNumber({ ctx, number });
    },
    cases(_, { filter, orderBy, ...page }, ctx) {
      requireRole(ctx.viewer, ANY_STAFF, 'cases');
      return listCases({ ctx, filter: filter ?? {}, order: orderBy, page });
    },
    /** Public: the code and the phone's last four digits must both match; only progress is shown. */
    trackCase: (_, { trackingCode, phoneLast4 }, ctx) => trackCase({ ctx, trackingCode, phoneLast4 }),
  },
  Mutation: {
    registerCase: defineMutation({
      roles: INTAKE,
      input: registerCaseInput,
      run: registerCase,
    }),
  },
  Case: {
    __resolveReference: (ref, ctx) => visibleCase({ ctx, id: ref.id }),
    category: async (row, _, ctx) => (await ctx.loaders.categoryById.load(row.categoryId))!,
    async petitioners(row, _, ctx) {
      return (await ctx.loaders.petitionersByCase.load(row.id)).map((l) => person(l.personId));
    },
    async representatives(row, _, ctx) {
      const links = await ctx.loaders.petitionersByCase.load(row.id);
      return links.filter((l) => l.representative).map((l) => person(l.personId));
    },
    place: (row) => entityRef('GridUnit', row.gridUnitId),
    responsibleUnit: (row) => optionalRef('Organisation', row.responsibleOrganisationId),
    mediator: (row) => optionalRef('Mediator', row.mediatorId),
    proxyAgent: (row) => optionalRef('Person', row.proxyAgentPersonId),
    owner: (row) => optionalRef('Person', row.ownerPersonId),
    workFund: (row) => row.workFundFen,
    deadlineAt: async (row, _, ctx) => (await clockOf({ ctx, row })).deadlineAt,
    clock: (row, _, ctx) => clockOf({ ctx, row }),
    warning: async (row, _, ctx) => (await clockOf({ ctx, row })).warning,
    async attachments(row, { id }, ctx) {
      const rows = await ctx.loaders.attachmentsByCase.load(row.id);
      return id ? rows.filter((a) => a.id === id) : rows;
    },
    earlierCases: (row, _, ctx) => visibleEarlierCases({ ctx, row }),
    units: (row, _, ctx) => ctx.loaders.unitsByCase.load(row.id),
    timeline: (row, _, ctx) => ctx.loaders.eventsByCase.load(row.id),
  },
  CaseUnit: { unit: (u) => entityRef('Organisation', u.organisationId) },
  CaseEvent: {
    actor: (e) => optionalRef('Account', e.actorAccountId),
    unit: (e) => optionalRef('Organisation', text(e.data.organisationId)),
    reason: dataText('reason'),
    note: dataText('note'),
    step: dataEnum<HandlingStepKind>('step'),
    days: (e) => (typeof e.data.days === 'number' ? e.data.days : null),
    satisfaction: dataEnum<Satisfaction>('satisfaction'),
    outcome: dataEnum<ClosureOutcome>('outcome'),
    legalChannel: dataEnum<LegalChannel>('legalChannel'),
    public: (e) => e.data.public === true,
    appointmentKind: dataEnum<AppointmentKind>('appointmentKind'),
    scheduledAt: dataMoment('scheduledAt'),
    place: dataText('place'),
    attendees: (e) => (Array.isArray(e.data.attendees) ? e.data.attendees.filter((a) => typeof a === 'string') : []),
    mediationOutcome: dataEnum<MediationOutcome>('mediationOutcome'),
    dueAt: dataMoment('dueAt'),
  },
};
