import { asList, byId, connectionList, manyById, mutation, type ResourceQueries } from '../data/resource';

const PERSON_ROW = 'id name gender phone nationalId address birthDate vulnerabilities createdAt';
/** The person's page: memberships and the cases they brought (as far as the viewer may see them). */
const PERSON_DETAIL = `${PERSON_ROW}
  poolMemberships { id pool status specialties joinedOn }
  mergedFrom { id name createdAt }
  cases(first: 50) { totalCount nodes { id number title status receivedAt } }`;

const CERTS = 'certifications { id name expiresOn expired }';
const MEDIATOR_ROW = `id pool status fullTime specialties studio languages joinedOn person { id name } organisation { id name } gridUnits { id name } ${CERTS}`;
/** The member's page: availability, history, performance and workload (from the cases subgraph). */
const MEDIATOR_DETAIL = `${MEDIATOR_ROW} weekdays
  person { id name gender phone }
  availabilityExceptions { id kind from to note }
  statusHistory { from to reason at actor { id username person { id name } } }
  performance { casesMediated casesResolved successRate satisfaction lastActivityAt }
  workload
  activeCases(first: 20) { totalCount nodes { id number title status receivedAt } }`;

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

export const peopleQueries: Record<string, ResourceQueries> = {
  persons: {
    getList: connectionList({
      field: 'persons',
      fields: PERSON_ROW,
      filterType: 'PersonFilter',
      filter: (f) => ({
        search: text(f.q),
        vulnerability: f.vulnerability,
        nationalId: text(f.nationalId),
        phone: text(f.phone),
      }),
      order: { type: 'PersonOrder', fields: { name: 'NAME', createdAt: 'CREATED_AT' } },
    }),
    getOne: byId('person', PERSON_DETAIL),
    getMany: manyById('person', PERSON_ROW),
    create: mutation('registerPerson', 'RegisterPersonInput', PERSON_ROW, (d) => ({
      name: d.name,
      gender: d.gender || undefined,
      phone: text(d.phone),
      nationalId: text(d.nationalId),
      address: text(d.address),
      birthDate: d.birthDate || undefined,
      vulnerabilities: asList(d.vulnerabilities),
    })),
  },
  mediators: {
    getList: connectionList({
      field: 'mediators',
      fields: MEDIATOR_ROW,
      filterType: 'MediatorFilter',
      filter: (f) => ({
        pool: f.pool,
        specialty: text(f.specialty),
        status: f.status,
        organisationId: f.organisationId,
        gridUnitId: f.gridUnitId,
        studio: text(f.studio),
        language: text(f.language),
      }),
    }),
    getOne: byId('mediator', MEDIATOR_DETAIL),
    getMany: manyById('mediator', MEDIATOR_ROW),
  },
  /** Choices for the coverage filter and the add-member form (named so as not to clash with the grid module's resources). */
  poolGridUnits: {
    getList: connectionList({
      field: 'gridUnits',
      fields: 'id name level',
      filterType: 'GridUnitFilter',
      filter: (f) => ({ search: text(f.q), level: f.level }),
      order: { type: 'GridUnitOrder', fields: { name: 'NAME', code: 'CODE' } },
    }),
    getMany: manyById('gridUnit', 'id name level'),
  },
  poolOrganisations: {
    getList: connectionList({
      field: 'organisations',
      fields: 'id name shortName',
      filterType: 'OrganisationFilter',
      filter: (f) => ({ search: text(f.q) }),
      order: { type: 'OrganisationOrder', fields: { name: 'NAME', code: 'CODE' } },
    }),
    getMany: manyById('organisation', 'id name shortName'),
  },
};

/** Filter values the unit test validates against the API. */
export const sampleFilters = {
  persons: { q: '王', vulnerability: 'ELDERLY', nationalId: '110101199003078515', phone: '13812345678' },
  mediators: {
    pool: 'PEOPLES_MEDIATOR',
    specialty: 'family',
    status: 'ACTIVE',
    organisationId: '00000000-0000-4000-8000-000000000003',
    gridUnitId: '00000000-0000-4000-8000-000000000004',
    studio: '老王调解工作室',
    language: '普通话',
  },
  poolGridUnits: { q: '镇', level: 'TOWNSHIP' },
  poolOrganisations: { q: '调委' },
};
