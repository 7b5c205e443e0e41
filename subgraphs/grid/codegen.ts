import { subgraphCodegen } from '../kit/codegen/subgraph';

const GRID = '@onedoor/db/grid';
const LISTS = '../mappers';

/**
 * The grid subgraph's resolver types (see codegen.ts at the root). Each object type's parent is the row its
 * resolvers really receive: table rows for the stored types, the roster check's own type for a conflict,
 * the kit's connections for the lists (paths relative to the generated file).
 */
export const gridCodegen = subgraphCodegen('grid', 'GridContext', {
  GridUnit: `${GRID}#GridUnitRow`,
  Organisation: `${GRID}#OrganisationRow`,
  Residency: `${GRID}#ResidencyRow`,
  DutyShift: `${GRID}#DutyShiftRow`,
  DutySwap: `${GRID}#DutySwapRow`,
  DutyLeave: `${GRID}#DutyLeaveRow`,
  DutyConflict: '../services/duty-rules#DutyConflict as DutyConflictFound',
  GridEvent: `${GRID}#GridEventRow`,
  GridEventPhoto: `${GRID}#GridEventPhoto as GridEventPhotoRow`,
  JointMeeting: `${GRID}#JointMeetingRow`,
  MeetingDecision: `${GRID}#MeetingDecisionRow`,
  GridUnitConnection: `${LISTS}#GridUnitList`,
  OrganisationConnection: `${LISTS}#OrganisationList`,
  GridEventConnection: `${LISTS}#GridEventList`,
  JointMeetingConnection: `${LISTS}#JointMeetingList`,
  MeetingDecisionConnection: `${LISTS}#MeetingDecisionList`,
});
