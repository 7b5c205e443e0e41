import type { GridEventRow, GridUnitRow, JointMeetingRow, MeetingDecisionRow, OrganisationRow } from '@onedoor/db/grid';
import type { Connection } from '@onedoor/subgraph-kit';

/**
 * Parents of the list types, for codegen's mappers (codegen.ts): the kit's connections of the grid's rows,
 * whose `totalCount` is a thunk so the count runs only when a client asks for it.
 */
export type GridUnitList = Connection<GridUnitRow>;
export type OrganisationList = Connection<OrganisationRow>;
export type GridEventList = Connection<GridEventRow>;
export type JointMeetingList = Connection<JointMeetingRow>;
export type MeetingDecisionList = Connection<MeetingDecisionRow>;
