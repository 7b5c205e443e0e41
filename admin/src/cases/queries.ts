import { gql } from '@apollo/client';
import { asList, byId, connectionList, manyById, type BuiltQuery, type ResourceQueries } from '../data/resource';
import { shanghaiLocalToIso } from '../format/time';
import { CASE_EVENT } from './operations';

const DAY_MS = 86_400_000;

const CASE_ROW = `id number title status channel warning receivedAt deadlineAt headCount repeat groupPetition crossLevel lawRelated
  category { id name } place { id name } responsibleUnit { id name }`;

/** Everything the case page shows: the header, the clock, the units, the petitioners and the timeline. */
const CASE_DETAIL = `${CASE_ROW} version description trackingCode level handlingMode satisfaction outcome legalChannel final
  finalityBarred pendingBelow externalOrderNumber assigningBody
  category { id name parent { id name } }
  place { id name ancestors { id name level } }
  petitioners { id name phone nationalId }
  units { lead unit { id name } }
  mediator { id person { id name } }
  owner { id name }
  clock { stage startedAt deadlineAt running overdue daysLeft addedDays objectionWindowEndsAt unmaintainedCalendarYears }
  timeline { ${CASE_EVENT} }`;

/** A `YYYY-MM-DD` day of the date filter as the instant its Beijing day starts, `days` later. */
function dayStart(day: unknown, days = 0): string | undefined {
  if (typeof day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  return new Date(Date.parse(shanghaiLocalToIso(`${day}T00:00`)) + days * DAY_MS).toISOString();
}

const flag = (v: unknown) => (v === true || v === false ? v : undefined);
/** A whole number of days typed in a filter (a number input gives a number, a URL a string); anything else is no filter. */
const wholeDays = (v: unknown) => {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) ? n : undefined;
};

/** react-admin's filter values (the list's inputs) to the API's CaseFilter. */
export function caseFilter(f: Record<string, unknown>): Record<string, unknown> {
  return {
    status: asList(f.status),
    channel: asList(f.channel),
    search: f.q,
    categoryId: f.categoryId,
    withinGridUnitId: f.gridUnitId,
    responsibleUnitId: f.responsibleUnitId,
    receivedFrom: dayStart(f.receivedFrom),
    receivedTo: dayStart(f.receivedTo, 1),
    repeat: flag(f.repeat),
    groupPetition: flag(f.groupPetition),
    crossLevel: flag(f.crossLevel),
    lawRelated: flag(f.lawRelated),
    warning: asList(f.warning),
    overdue: flag(f.overdue),
    daysLeftAtMost: wholeDays(f.daysLeftAtMost),
  };
}

interface CategoryNode {
  id: string;
  code: string;
  name: string;
  active: boolean;
  routingUnits: { id: string; name: string; shortName: string | null }[];
  children?: CategoryNode[];
}
const CATEGORY_FIELDS = 'id code name active routingUnits { id name shortName }';

/** The taxonomy as flat rows, each top-level category followed by its sub-categories. */
export function flattenCategories(tops: CategoryNode[]) {
  return tops.flatMap((top) => [
    {
      id: top.id,
      code: top.code,
      name: top.name,
      active: top.active,
      routingUnits: top.routingUnits,
      parent: null,
      children: top.children?.length ?? 0,
    },
    ...(top.children ?? []).map((c) => ({
      id: c.id,
      code: c.code,
      name: c.name,
      active: c.active,
      routingUnits: c.routingUnits,
      parent: { id: top.id, name: top.name },
      children: 0,
    })),
  ]);
}

function categories(pick: (rows: ReturnType<typeof flattenCategories>) => unknown): BuiltQuery {
  return {
    query: gql(`query Categories { categories { ${CATEGORY_FIELDS} children { ${CATEGORY_FIELDS} } } }`),
    parseResponse: ({ data }) => pick(flattenCategories(data.categories as CategoryNode[])),
  };
}

export const caseQueries: Record<string, ResourceQueries> = {
  cases: {
    getList: connectionList({
      field: 'cases',
      fields: CASE_ROW,
      filterType: 'CaseFilter',
      filter: caseFilter,
      order: { type: 'CaseOrder', fields: { receivedAt: 'RECEIVED_AT', deadlineAt: 'DEADLINE_AT', number: 'NUMBER' } },
    }),
    getOne: byId('case', CASE_DETAIL),
    getMany: manyById('case', CASE_ROW),
  },
  categories: {
    getList: () => categories((rows) => ({ data: rows, total: rows.length })),
    getOne: ({ id }) =>
      categories((rows) => {
        const row = rows.find((r) => r.id === String(id));
        if (!row) throw new Error('ra.notification.item_doesnt_exist');
        return { data: row };
      }),
    getMany: ({ ids }) => categories((rows) => ({ data: rows.filter((r) => ids.map(String).includes(r.id)) })),
  },
};

/** Filter values test/admin/queries.unit.test.ts sends through each list to validate it against the API. */
export const sampleFilters = {
  cases: {
    q: '2026',
    status: ['ROUTED'],
    channel: 'VISIT',
    categoryId: '00000000-0000-4000-8000-000000000001',
    gridUnitId: '00000000-0000-4000-8000-000000000002',
    responsibleUnitId: '00000000-0000-4000-8000-000000000003',
    receivedFrom: '2026-01-01',
    receivedTo: '2026-12-31',
    repeat: true,
    groupPetition: false,
    crossLevel: true,
    lawRelated: false,
  },
};
