import { asList, byId, connectionList, manyById, type ResourceQueries } from '../data/resource';

const CASE_ROW = 'id number title status channel warning receivedAt deadlineAt headCount category { id name } place { id name } responsibleUnit { id name }';

export const caseQueries: Record<string, ResourceQueries> = {
  cases: {
    getList: connectionList({
      field: 'cases',
      fields: CASE_ROW,
      filterType: 'CaseFilter',
      filter: (f) => ({ status: asList(f.status), channel: asList(f.channel), search: f.q }),
      order: { type: 'CaseOrder', fields: { receivedAt: 'RECEIVED_AT', deadlineAt: 'DEADLINE_AT', number: 'NUMBER' } },
    }),
    getOne: byId('case', CASE_ROW),
    getMany: manyById('case', CASE_ROW),
  },
};
