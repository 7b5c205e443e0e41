import { gql } from '@apollo/client';

/**
 * The grid's free-form operations (workflow screens and actions), kept apart from JSX so a unit test
 * checks every one of them against the committed API.
 */

const SHIFT = 'id kind startsAt endsAt note version person { id name }';

export const DUTY_ROSTER = gql(`query DutyRoster($from: DateTime!, $to: DateTime!) {
  roster: dutyRosterCheck(from: $from, to: $to) {
    shifts { ${SHIFT} }
    conflicts { kind person { id name } shifts { id } }
    gaps { startsAt endsAt }
  }
}`);

export const ON_DUTY_NOW = gql(`query OnDutyNow { onDutyNow { ${SHIFT} } }`);

export const RESIDENTS_ON = gql(`query ResidentsOn($date: Date!) {
  residentsOn(date: $date) { id mode window startsOn endsOn caseLoad organisation { id name kind } }
}`);

export const GENERATE_DUTY_MONTH = gql(`mutation GenerateDutyMonth($input: GenerateDutyMonthInput!) {
  generateDutyMonth(input: $input) { id }
}`);

export const ADD_DUTY_SHIFT = gql(
  `mutation AddDutyShift($input: AddDutyShiftInput!) { addDutyShift(input: $input) { ${SHIFT} } }`,
);
export const UPDATE_DUTY_SHIFT = gql(
  `mutation UpdateDutyShift($input: UpdateDutyShiftInput!) { updateDutyShift(input: $input) { ${SHIFT} } }`,
);
export const REMOVE_DUTY_SHIFT = gql(
  `mutation RemoveDutyShift($input: RemoveDutyShiftInput!) { removeDutyShift(input: $input) { id } }`,
);
export const SWAP_DUTY_SHIFTS = gql(
  `mutation SwapDutyShifts($input: SwapDutyShiftsInput!) { swapDutyShifts(input: $input) { id } }`,
);
export const RECORD_DUTY_LEAVE = gql(`mutation RecordDutyLeave($input: RecordDutyLeaveInput!) {
  recordDutyLeave(input: $input) { id startsAt endsAt reason person { id name } }
}`);

export const ADD_RESIDENCY = gql(
  `mutation AddResidency($input: AddResidencyInput!) { addResidency(input: $input) { id } }`,
);
export const PLAN_MONTHLY_ROTATION = gql(`mutation PlanMonthlyRotation($input: PlanMonthlyRotationInput!) {
  planMonthlyRotation(input: $input) { id }
}`);

export const GRID_UNIT_CHILDREN = gql(`query GridUnitChildren($filter: GridUnitFilter) {
  gridUnits(filter: $filter, first: 200) { totalCount nodes { id name level code } }
}`);

export const MOVE_GRID_UNIT = gql(
  `mutation MoveGridUnit($input: MoveGridUnitInput!) { moveGridUnit(input: $input) { id } }`,
);
export const SET_GRID_UNIT_NAMES = gql(
  `mutation SetGridUnitNames($input: SetGridUnitNamesInput!) { setGridUnitNames(input: $input) { id shortName aliases } }`,
);
export const SET_GRID_STAFF = gql(
  `mutation SetGridStaff($input: SetGridStaffInput!) { setGridStaff(input: $input) { id } }`,
);

const EVENT_STEP = 'id status version';
export const DISPOSE_GRID_EVENT = gql(
  `mutation DisposeGridEvent($input: DisposeGridEventInput!) { disposeGridEvent(input: $input) { ${EVENT_STEP} } }`,
);
export const WHISTLE_GRID_EVENT = gql(
  `mutation WhistleGridEvent($input: WhistleGridEventInput!) { whistleGridEvent(input: $input) { ${EVENT_STEP} } }`,
);
export const RESPOND_TO_GRID_EVENT = gql(
  `mutation RespondToGridEvent($input: RespondToGridEventInput!) { respondToGridEvent(input: $input) { ${EVENT_STEP} } }`,
);
export const GRID_EVENT_FEEDBACK = gql(
  `mutation RecordGridEventFeedback($input: RecordGridEventFeedbackInput!) { recordGridEventFeedback(input: $input) { ${EVENT_STEP} } }`,
);
export const ESCALATE_GRID_EVENT = gql(
  `mutation EscalateGridEvent($input: EscalateGridEventInput!) { escalateGridEvent(input: $input) { ${EVENT_STEP} } }`,
);

export const CATEGORIES = gql('query GridCategories { categories { id name children { id name } } }');
