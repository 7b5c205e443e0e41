import { asList, byId, connectionList, manyById, mutation, type ResourceQueries } from '../data/resource';
import { splitList } from '../format/lists';

/** Rows of lists; every reference carries its name so screens never show an id. */
const UNIT_ROW = 'id code name shortName aliases level depth parent { id name }';
const UNIT_DETAIL = `${UNIT_ROW} createdAt ancestors { id name level } children { id code name level }
  staff { role person { id name } } caseStats { total open repeat group closed }`;
const ORG_ROW = 'id code name shortName aliases kind phone address parent { id name } gridUnit { id name }';
const ORG_DETAIL = `${ORG_ROW} createdAt channels contacts { name title phone }
  openCases(first: 50) { totalCount nodes { id number title status deadlineAt } }`;
const EVENT_ROW = `id title status overdue place occurredAt reportedAt responseDueAt version gridUnit { id name } whistledTo { id name }`;
const EVENT_DETAIL = `${EVENT_ROW} description categoryId longitude latitude photos { url caption takenAt }
  reportedBy { id username person { id name } } disposal whistledAt response respondedAt feedback satisfied closedAt
  case { id number }`;
const MEETING_ROW = `id title scheduledAt place organisations { id name } topics { kind text }
  decisions { id text dueOn doneAt overdue owner { id name } }`;
const DECISION_ROW = 'id text dueOn doneAt overdue owner { id name } followUps { at note }';
const PERSON_ROW = 'id name';

const unitOrder = { type: 'GridUnitOrder', fields: { code: 'CODE', name: 'NAME' } };
const orgOrder = { type: 'OrganisationOrder', fields: { code: 'CODE', name: 'NAME' } };
const bool = (v: unknown) => (v === true || v === 'true' ? true : v === false || v === 'false' ? false : undefined);

export const gridQueries: Record<string, ResourceQueries> = {
  gridUnits: {
    getList: connectionList({
      field: 'gridUnits',
      fields: UNIT_ROW,
      filterType: 'GridUnitFilter',
      filter: (f) => ({ level: f.level, parentId: f.parentId, withinId: f.withinId, search: f.q }),
      order: unitOrder,
    }),
    getOne: byId('gridUnit', UNIT_DETAIL),
    getMany: manyById('gridUnit', UNIT_ROW),
    create: mutation('createGridUnit', 'CreateGridUnitInput', UNIT_ROW, (d) => ({
      code: d.code,
      name: d.name,
      level: d.level,
      parentId: d.parentId || undefined,
    })),
  },
  organisations: {
    getList: connectionList({
      field: 'organisations',
      fields: ORG_ROW,
      filterType: 'OrganisationFilter',
      filter: (f) => ({ kind: f.kind, parentId: f.parentId, gridUnitId: f.gridUnitId, search: f.q }),
      order: orgOrder,
    }),
    getOne: byId('organisation', ORG_DETAIL),
    getMany: manyById('organisation', ORG_ROW),
    update: mutation('setOrganisationProfile', 'SetOrganisationProfileInput', ORG_DETAIL, (d, id) => ({
      organisationId: String(id),
      channels: d.channels ?? [],
      contacts: (
        (d.contacts as { name?: string; title?: string | null; phone?: string | null }[] | undefined) ?? []
      ).map((c) => ({ name: c.name ?? '', title: c.title || null, phone: c.phone || null })),
      // The names go only when the form has them: left out, the API keeps them.
      ...('shortName' in d ? { shortName: typeof d.shortName === 'string' ? d.shortName : null } : {}),
      ...('aliases' in d ? { aliases: splitList(d.aliases) } : {}),
    })),
  },
  gridEvents: {
    getList: connectionList({
      field: 'gridEvents',
      fields: EVENT_ROW,
      filterType: 'GridEventFilter',
      filter: (f) => ({
        status: asList(f.status),
        withinId: f.withinId,
        organisationId: f.organisationId,
        overdue: bool(f.overdue),
      }),
    }),
    getOne: byId('gridEvent', EVENT_DETAIL),
    getMany: manyById('gridEvent', EVENT_ROW),
  },
  // The API has no single-meeting query: the list carries the agenda and decisions, shown in an expand panel.
  jointMeetings: {
    getList: connectionList({ field: 'jointMeetings', fields: MEETING_ROW }),
  },
  meetingDecisions: {
    getList: connectionList({
      field: 'meetingDecisions',
      fields: DECISION_ROW,
      filterType: 'MeetingDecisionFilter',
      filter: (f) => ({ ownerOrganisationId: f.ownerOrganisationId, open: bool(f.open), overdue: bool(f.overdue) }),
    }),
  },
  /** Persons to pick as duty officers and grid staff, by name (a grid-private name: the people module owns `persons`). */
  gridPersons: {
    getList: connectionList({
      field: 'persons',
      fields: PERSON_ROW,
      filterType: 'PersonFilter',
      filter: (f) => ({ search: f.q }),
      order: { type: 'PersonOrder', fields: { name: 'NAME' } },
    }),
    getOne: byId('person', PERSON_ROW),
    getMany: manyById('person', PERSON_ROW),
  },
};

export const sampleFilters = {
  gridUnits: { level: 'VILLAGE', parentId: '00000000-0000-4000-8000-000000000001', q: '青' },
  organisations: { kind: 'DEPARTMENT', gridUnitId: '00000000-0000-4000-8000-000000000001', q: '局' },
  gridEvents: { status: ['REPORTED', 'WHISTLED'], overdue: true },
  meetingDecisions: { open: true, overdue: false },
  gridPersons: { q: '王' },
};
