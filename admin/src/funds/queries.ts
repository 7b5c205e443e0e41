import type { GetListParams, GetManyReferenceParams } from 'react-admin';
import {
  asList,
  type BuiltQuery,
  byId,
  connectionList,
  manyById,
  mutation,
  type ResourceQueries,
} from '../data/resource';

const ACCOUNT = 'id username person { id name }';
export const FUND_ROW =
  'id code name kind balance perPersonYearlyCap secondApprovalAbove requiresVulnerability eligibleCaseStatuses ownerOrganisation { id name }';
const FUND_DETAIL = `${FUND_ROW} budgetYears { year allocated }`;
export const APPLICATION_ROW = `id status amount reason vulnerability proposedAt fund { id name balance } person { id name } case { id number title } township { id name }
  proposedBy { ${ACCOUNT} } firstApprovedBy { ${ACCOUNT} } disbursement { id }`;
const APPLICATION_DETAIL = `${APPLICATION_ROW}
  evidence { fileName description sizeBytes }
  firstApprovedAt secondApprovedBy { ${ACCOUNT} } secondApprovedAt
  rejectedBy { ${ACCOUNT} } rejectedAt rejectionReason
  disbursement { id amount paidAt status reversedAt reversalReason }
  followUps { id note recordedAt recordedBy { ${ACCOUNT} } }`;
export const DISBURSEMENT_ROW =
  'id amount purpose paidAt status reversedAt reversalReason fund { id name } person { id name } case { id number } application { id }';
const ENTRY_ROW = 'id kind memo occurredAt budgetYear lines { amount externalAccount fund { id name } }';
const LEGAL_AID_ROW =
  'id kind status summary documentsDrafted recovered openedAt concludedAt version person { id name } case { id number } lawyer { id person { id name } }';

/** A `ReferenceManyField` (e.g. a fund's ledger) is the list filtered by the target. */
function manyReference(list: (params: GetListParams) => BuiltQuery) {
  return (params: GetManyReferenceParams): BuiltQuery =>
    list({
      pagination: params.pagination,
      sort: params.sort,
      filter: { ...(params.filter as Record<string, unknown>), [params.target]: params.id },
    });
}

const fundList = connectionList({
  field: 'funds',
  fields: FUND_ROW,
  filterType: 'FundFilter',
  filter: (f) => ({ kind: f.kind }),
});
const applicationList = connectionList({
  field: 'reliefApplications',
  fields: APPLICATION_ROW,
  filterType: 'ReliefApplicationFilter',
  filter: (f) => ({ status: asList(f.status), fundId: f.fundId, personId: f.personId, caseId: f.caseId }),
});
const disbursementList = connectionList({
  field: 'disbursements',
  fields: DISBURSEMENT_ROW,
  filterType: 'DisbursementFilter',
  filter: (f) => ({ fundId: f.fundId, personId: f.personId, caseId: f.caseId }),
});
const entryList = connectionList({
  field: 'journalEntries',
  fields: ENTRY_ROW,
  filterType: 'JournalEntryFilter',
  filter: (f) => ({ fundId: f.fundId, kind: asList(f.kind) }),
});
const legalAidList = connectionList({
  field: 'legalAidMatters',
  fields: LEGAL_AID_ROW,
  filterType: 'LegalAidFilter',
  filter: (f) => ({ status: f.status, personId: f.personId, caseId: f.caseId }),
});

/**
 * The funds domain on the gateway. Disbursements, journal entries and legal-aid matters have no
 * single-record query in the API, so they are lists only. The two `*Picks` resources feed the pickers
 * that choose a case by its number and a person by name.
 */
export const fundsQueries: Record<string, ResourceQueries> = {
  funds: { getList: fundList, getOne: byId('fund', FUND_DETAIL), getMany: manyById('fund', FUND_ROW) },
  reliefApplications: {
    getList: applicationList,
    getManyReference: manyReference(applicationList),
    getOne: byId('reliefApplication', APPLICATION_DETAIL),
    getMany: manyById('reliefApplication', APPLICATION_ROW),
    // ReliefCreate's transform has already shaped the input (amount in fen).
    create: mutation('proposeReliefApplication', 'ProposeReliefApplicationInput', APPLICATION_ROW, (data) => data),
  },
  disbursements: { getList: disbursementList, getManyReference: manyReference(disbursementList) },
  journalEntries: { getList: entryList, getManyReference: manyReference(entryList) },
  legalAidMatters: { getList: legalAidList },
  fundCasePicks: {
    getList: connectionList({
      field: 'cases',
      fields: 'id number title status',
      filterType: 'CaseFilter',
      filter: (f) => ({ search: f.q }),
    }),
    getMany: manyById('case', 'id number title status'),
  },
  fundPersonPicks: {
    getList: connectionList({
      field: 'persons',
      fields: 'id name vulnerabilities',
      filterType: 'PersonFilter',
      filter: (f) => ({ search: f.q }),
    }),
    getMany: manyById('person', 'id name vulnerabilities'),
  },
  fundLawyerPicks: {
    getList: connectionList({
      field: 'mediators',
      fields: 'id person { id name }',
      filterType: 'MediatorFilter',
      filter: () => ({ pool: 'LAWYER' }),
    }),
    getMany: manyById('mediator', 'id person { id name }'),
  },
  fundOrganisationPicks: {
    getList: connectionList({
      field: 'organisations',
      fields: 'id name shortName',
      filterType: 'OrganisationFilter',
      filter: (f) => ({ search: f.q }),
    }),
    getMany: manyById('organisation', 'id name shortName'),
  },
  fundTownshipPicks: {
    getList: connectionList({
      field: 'gridUnits',
      fields: 'id name',
      filterType: 'GridUnitFilter',
      filter: (f) => ({ search: f.q, level: 'TOWNSHIP' }),
    }),
    getMany: manyById('gridUnit', 'id name'),
  },
};

/** Filter values the API-validation test feeds each list. */
export const sampleFilters = {
  funds: { kind: 'WORK_FUND' },
  reliefApplications: { status: ['PROPOSED'], fundId: '00000000-0000-4000-8000-000000000001' },
  disbursements: { fundId: '00000000-0000-4000-8000-000000000001', personId: '00000000-0000-4000-8000-000000000002' },
  journalEntries: { fundId: '00000000-0000-4000-8000-000000000001', kind: ['TRANSFER'] },
  legalAidMatters: { status: 'ASSIGNED' },
  fundCasePicks: { q: '2026' },
  fundPersonPicks: { q: '张' },
  fundTownshipPicks: { q: '镇' },
  fundOrganisationPicks: { q: '局' },
};
