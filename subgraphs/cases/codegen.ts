import { subgraphCodegen } from '../kit/codegen/subgraph';

const rows = '@onedoor/db/cases';
/** Entities of other subgraphs: this one returns and receives only their references. */
const ref = '../services/entity-refs#EntityRef';

/** The cases subgraph's resolver types (see codegen.ts at the root): each type's parent is what resolvers return. */
export const casesCodegen = subgraphCodegen('cases', 'CasesContext', {
  Case: `${rows}#CaseRow`,
  CaseEvent: `${rows}#CaseEventRow`,
  CaseUnit: `${rows}#CaseUnitRow`,
  Attachment: `${rows}#CaseAttachmentRow`,
  UploadTicket: '@onedoor/subgraph-kit#SignedUploadTicket',
  Category: `${rows}#CategoryRow`,
  CalendarDay: `${rows}#CalendarDayRow`,
  Notice: `${rows}#NoticeRow`,
  NoticeTemplate: `${rows}#NoticeTemplateRow`,
  CaseConnection: '../services/list-cases#CasePage',
  DeadlineBoardRow: '../services/board#BoardRow',
  CaseStatistics: '../services/statistics#StatisticsView',
  Account: ref,
  Person: ref,
  Organisation: ref,
  Mediator: ref,
  GridUnit: ref,
});
