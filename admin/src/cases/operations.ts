import { gql } from '@apollo/client';
import { ATTACHMENT_FIELDS } from '../shared/attachments/types';

/**
 * The free-form operations of the cases screens (the case page's actions, the board, the admin
 * screens, intake). Kept apart from the components so test/admin/cases-operations.unit.test.ts validates every
 * one of them against the committed API.
 */

export const CASE_EVENT = `id kind at actor { id username person { id name } } unit { id name } reason note step days satisfaction outcome
  legalChannel public appointmentKind scheduledAt place attendees mediationOutcome dueAt attachments { id name }`;

/** An organisation as the routing pickers offer it. */
const ORGANISATION = 'id name shortName kind';

/** The organisations a search finds (by name, short name, alias, code or their pinyin); all of them when none is typed. */
export const ORGANISATIONS = gql`query CaseOrganisations($search: String) { organisations(first: 200, filter: { search: $search }, orderBy: { field: NAME, direction: ASC }) { nodes { ${ORGANISATION} } } }`;

/** The units a case's category routing rules name, to offer first when routing it. */
export const ROUTING_SUGGESTIONS = gql`query CaseRoutingSuggestions($id: ID!) { case(id: $id) { id routingSuggestions { ${ORGANISATION} } } }`;

/** A grid unit named with the unit above it (a village alone is ambiguous). */
const UNIT = 'id name level parent { id name }';

export const GRID_UNITS = gql`query CaseGridUnits($search: String) { gridUnits(first: 30, filter: { search: $search }, orderBy: { field: NAME, direction: ASC }) { nodes { ${UNIT} } } }`;
export const GRID_UNIT = gql`query CaseGridUnit($id: ID!) { gridUnit(id: $id) { ${UNIT} } }`;

/** A category of the taxonomy (two levels: top-level categories and their sub-categories). */
const CATEGORY = 'id code name';
const NAMED = 'id name';

export const CATEGORY_TREE = gql`query CaseCategoryTree { categories { ${CATEGORY} active children { ${CATEGORY} active } } }`;

/** A suggested mediator, with the factors that scored them. */
const SUGGESTION = `score mediator { id pool studio workload person { ${NAMED} } } factors { factor weight value note }`;
export const SUGGEST_MEDIATORS = gql`query SuggestMediators($input: SuggestMediatorsInput!) { suggestMediators(input: $input, first: 5) { ${SUGGESTION} } }`;

/** A case on the deadline board. */
const BOARD_CASE = `id number version title status warning deadlineAt clock { daysLeft unmaintainedCalendarYears } category { ${NAMED} }`;
export const DEADLINE_BOARD = gql`query DeadlineBoard($unitId: ID, $minimum: WarningColour, $orderBy: DeadlineBoardOrder) {
  deadlineBoard(unitId: $unitId, minimum: $minimum, orderBy: $orderBy) { unit { ${NAMED} } yellow red cases { ${BOARD_CASE} } }
}`;

const CASE_AFTER = 'id version status';

/** Every transition of the case page: one `input` each, answered with the case's new version. */
export const TRANSITIONS = {
  routeCase: gql`mutation RouteCase($input: RouteCaseInput!) { routeCase(input: $input) { ${CASE_AFTER} } }`,
  objectToRouting: gql`mutation ObjectToRouting($input: ObjectToRoutingInput!) { objectToRouting(input: $input) { ${CASE_AFTER} } }`,
  acceptCase: gql`mutation AcceptCase($input: AcceptCaseInput!) { acceptCase(input: $input) { ${CASE_AFTER} } }`,
  declineCase: gql`mutation DeclineCase($input: DeclineCaseInput!) { declineCase(input: $input) { ${CASE_AFTER} } }`,
  handOverToLegalChannel: gql`mutation HandOver($input: HandOverInput!) { handOverToLegalChannel(input: $input) { ${CASE_AFTER} } }`,
  recordHandlingStep: gql`mutation HandlingStep($input: HandlingStepInput!) { recordHandlingStep(input: $input) { ${CASE_AFTER} } }`,
  setHandlingMode: gql`mutation SetHandlingMode($input: SetHandlingModeInput!) { setHandlingMode(input: $input) { ${CASE_AFTER} } }`,
  assignMediator: gql`mutation AssignMediator($input: AssignMediatorInput!) { assignMediator(input: $input) { ${CASE_AFTER} } }`,
  extendDeadline: gql`mutation ExtendDeadline($input: ExtendDeadlineInput!) { extendDeadline(input: $input) { ${CASE_AFTER} } }`,
  replyToCase: gql`mutation ReplyToCase($input: ReplyToCaseInput!) { replyToCase(input: $input) { ${CASE_AFTER} } }`,
  recordFollowUp: gql`mutation FollowUp($input: FollowUpInput!) { recordFollowUp(input: $input) { ${CASE_AFTER} } }`,
  reviewClosure: gql`mutation ReviewClosure($input: ReviewClosureInput!) { reviewClosure(input: $input) { ${CASE_AFTER} } }`,
  requestReexamination: gql`mutation RequestReexamination($input: RequestReopeningInput!) { requestReexamination(input: $input) { ${CASE_AFTER} } }`,
  requestReview: gql`mutation RequestReview($input: RequestReopeningInput!) { requestReview(input: $input) { ${CASE_AFTER} } }`,
  giveOpinion: gql`mutation GiveOpinion($input: GiveOpinionInput!) { giveOpinion(input: $input) { ${CASE_AFTER} } }`,
  recordHearing: gql`mutation RecordHearing($input: RecordHearingInput!) { recordHearing(input: $input) { ${CASE_AFTER} } }`,
  urgeCase: gql`mutation UrgeCase($input: UrgeCaseInput!) { urgeCase(input: $input) { ${CASE_AFTER} } }`,
};
export type TransitionName = keyof typeof TRANSITIONS;

export const CREATE_CATEGORY = gql`mutation CreateCategory($input: CreateCategoryInput!) { createCategory(input: $input) { ${NAMED} } }`;
export const SET_CATEGORY_ROUTING_UNITS = gql`mutation SetCategoryRoutingUnits($input: SetCategoryRoutingUnitsInput!) {
  setCategoryRoutingUnits(input: $input) { id routingUnits { ${NAMED} shortName } }
}`;
export const RENAME_CATEGORY = gql`mutation RenameCategory($id: ID!, $name: String!) { renameCategory(id: $id, name: $name) { ${NAMED} } }`;
export const DEACTIVATE_CATEGORY = gql(
  'mutation DeactivateCategory($id: ID!) { deactivateCategory(id: $id) { id active } }',
);

const RULES = `registerDays acceptDays firstTimeDays handleDays maxExtensionDays objectionWorkingDays reexaminationRequestDays
  reexaminationDays reviewRequestDays reviewDays repeatLookbackDays groupHeadCount blueDays yellowDays`;
export const CASE_RULES = gql`query CaseRules { caseRules { ${RULES} } }`;
export const UPDATE_CASE_RULES = gql`mutation UpdateCaseRules($input: CaseRulesInput!) { updateCaseRules(input: $input) { ${RULES} } }`;

const DAY = 'date kind name';
export const CALENDAR_DAYS = gql`query CalendarDays($from: Date!, $to: Date!) { calendarDays(from: $from, to: $to) { ${DAY} } }`;
export const SET_CALENDAR_DAY = gql`mutation SetCalendarDay($input: CalendarDayInput!) { setCalendarDay(input: $input) { ${DAY} } }`;
export const REMOVE_CALENDAR_DAY = gql('mutation RemoveCalendarDay($date: Date!) { removeCalendarDay(date: $date) }');

// Intake (登记): the taxonomy, the grid tree, petitioner search and the two registrations.

/** The taxonomy, top-level categories with their active sub-categories. */
export const CATEGORIES = gql`query IntakeCategories { categories { ${CATEGORY} children { ${CATEGORY} } } }`;

/** A grid unit and its level, as the intake's tree lists it. */
const LEVELLED = 'id name level';

/** One level of the grid tree: the units directly under `parentId` (the county when `level` is COUNTY). */
export const GRID_CHILDREN = gql`query IntakeGridChildren($filter: GridUnitFilter) { gridUnits(filter: $filter, first: 200) { totalCount nodes { ${LEVELLED} } } }`;

/** The chosen unit with every unit above it, to show its full path. */
export const GRID_PATH = gql`query IntakeGridPath($id: ID!) { gridUnit(id: $id) { ${NAMED} ancestors { ${NAMED} } } }`;

const PERSON = 'id name gender phone nationalId address';

/** Petitioner search: by words of the name, or exactly by phone or national id. */
export const SEARCH_PERSONS = gql`
  query IntakePersons($filter: PersonFilter) { persons(filter: $filter, first: 10) { totalCount nodes { ${PERSON} } } }
`;

/** Probable duplicates of a person about to be registered: same phone, or same national id. */
export const DUPLICATE_CANDIDATES = gql`
  query IntakeDuplicates($byPhone: PersonFilter, $byNationalId: PersonFilter, $withPhone: Boolean!, $withNationalId: Boolean!) {
    byPhone: persons(filter: $byPhone, first: 5) @include(if: $withPhone) { nodes { ${PERSON} } }
    byNationalId: persons(filter: $byNationalId, first: 5) @include(if: $withNationalId) { nodes { ${PERSON} } }
  }
`;

/** The group-petition threshold, to say when a head count makes it one. */
export const GROUP_HEAD_COUNT = gql('query IntakeRules { caseRules { groupHeadCount } }');

export const REGISTER_PERSON = gql`mutation IntakeRegisterPerson($input: RegisterPersonInput!) { registerPerson(input: $input) { ${NAMED} phone } }`;
export const REGISTER_CASE = gql(
  'mutation IntakeRegisterCase($input: RegisterCaseInput!) { registerCase(input: $input) { id number trackingCode } }',
);

const RECEIPT_CASE = `id number trackingCode channel title receivedAt createdAt repeat category { ${NAMED} }
  petitioners { ${NAMED} phone } clock { stage deadlineAt running } timeline { id kind actor { id person { ${NAMED} } } }`;
const RECEIPT_RULES = 'registerDays acceptDays firstTimeDays handleDays maxExtensionDays reexaminationRequestDays';
/**
 * The intake receipt (受理回执): the case as registered (the petitioners masked as the API masks them for the
 * viewer), the petition office that runs the centre, and the limits in force.
 */
export const CASE_RECEIPT = gql`query CaseReceipt($id: ID!) {
  case(id: $id) { ${RECEIPT_CASE} }
  caseRules { ${RECEIPT_RULES} }
  organisations(first: 1, filter: { kind: PETITION_OFFICE }) { nodes { ${NAMED} phone address } }
}`;

/** A case's files for its attachments panel (no links: one is asked for when a file is opened). */
export const CASE_ATTACHMENTS = gql`query CaseAttachments($id: ID!) { case(id: $id) { id attachments { ${ATTACHMENT_FIELDS} } } }`;

/** One file of a case with its download link (issued, and logged, for this file only). */
export const CASE_ATTACHMENT_LINK = gql`
  query CaseAttachmentLink($id: ID!, $attachmentId: ID) {
    case(id: $id) {
      id
      attachments(id: $attachmentId) {
        id
        downloadUrl
      }
    }
  }
`;

/** An upload ticket for a file of a case (requestCaseUpload). */
export const REQUEST_CASE_UPLOAD = gql`
  mutation RequestCaseUpload($input: RequestCaseUploadInput!) {
    requestCaseUpload(input: $input) {
      url
      method
      maxBytes
    }
  }
`;

/** Attaches the uploaded file to the case with the gateway's receipt (attachCaseFile). */
export const ATTACH_CASE_FILE = gql`
  mutation AttachCaseFile($input: AttachCaseFileInput!) {
    attachCaseFile(input: $input) {
      id
      name
    }
  }
`;
