import { subgraphCodegen } from '../kit/codegen/subgraph';

/** Object types whose parent is their table's row, `<Type>Row` of the grid's db entry. */
const STORED = [
  'GridUnit',
  'Organisation',
  'Residency',
  'DutyShift',
  'DutySwap',
  'DutyLeave',
  'GridEvent',
  'JointMeeting',
  'MeetingDecision',
];
/** Lists whose parent is the kit's connection of rows, `<Type>List` of src/mappers.ts. */
const LISTED = ['GridUnit', 'Organisation', 'GridEvent', 'JointMeeting', 'MeetingDecision'];

/**
 * The grid subgraph's resolver types (see codegen.ts at the root). Each object type's parent is what its
 * resolvers really receive (mapper paths are relative to the generated file).
 */
export const gridCodegen = subgraphCodegen('grid', 'GridContext', {
  ...Object.fromEntries(STORED.map((type) => [type, `@onedoor/db/grid#${type}Row`])),
  ...Object.fromEntries(LISTED.map((type) => [`${type}Connection`, `../mappers#${type}List`])),
  GridEventPhoto: '@onedoor/db/grid#GridEventPhoto as GridEventPhotoRow',
  DutyConflict: '../services/duty-rules#DutyConflict as DutyConflictFound',
});
