import { gql } from '@apollo/client';

/** The free-form calls of the people screens (resources' list/show calls are in queries.ts). */

/** Something the API names: its id and its name. */
const NAMED = 'id name';

export const ME = gql('query PeopleMe { me { id person { id } } }');

/** A person as the duplicates screen compares them. */
const COMPARED = 'id name gender phone nationalId birthDate address createdAt';
export const DUPLICATE_PERSONS = gql`query DuplicatePersons($first: Int) { duplicatePersons(first: $first) { reason persons { ${COMPARED} } } }`;

export const MERGE_PERSONS = gql`mutation MergePersons($input: MergePersonsInput!) { mergePersons(input: $input) { ${NAMED} } }`;

/** A pool membership as its page shows it, so every change of it answers with the page's fields. */
const MEMBER =
  'id status weekdays certifications { id name expiresOn expired } availabilityExceptions { id kind from to note }';

export const ADD_POOL_MEMBER = gql`mutation AddPoolMember($input: AddPoolMemberInput!) { addPoolMember(input: $input) { ${MEMBER} } }`;
export const CHANGE_MEDIATOR_STATUS = gql`mutation ChangeMediatorStatus($input: ChangeMediatorStatusInput!) { changeMediatorStatus(input: $input) { ${MEMBER} } }`;
export const ADD_CERTIFICATION = gql`mutation AddCertification($input: AddCertificationInput!) { addCertification(input: $input) { ${MEMBER} } }`;
export const SET_WEEKDAYS = gql`mutation SetMediatorWeekdays($input: SetMediatorWeekdaysInput!) { setMediatorWeekdays(input: $input) { ${MEMBER} } }`;
export const ADD_AVAILABILITY_EXCEPTION = gql`mutation AddAvailabilityException($input: AddAvailabilityExceptionInput!) { addAvailabilityException(input: $input) { ${MEMBER} } }`;

/** A pool's size, by specialty and by township. */
const STATS = `pool active total withoutGridUnit bySpecialty { specialty count } byTownship { township { ${NAMED} } count }`;
export const POOL_STATS = gql`query PoolStats($pool: Pool!) { poolStats(pool: $pool) { ${STATS} } }`;

export const COVERAGE_GAPS = gql`query CoverageGaps($input: CoverageGapsInput!) {
  coverageGaps(input: $input) { specialty unitsChecked gaps { ${NAMED} code } }
}`;

export const EXPORT_POOL = gql('query ExportPool($pool: Pool!) { exportPool(pool: $pool) }');

/** What an import did, row by row where it refused one. */
const REPORT = 'committed totalRows created updated unchanged rejected { line field reason }';
export const IMPORT_POOL = gql`mutation ImportPool($input: ImportPoolInput!) { importPool(input: $input) { ${REPORT} } }`;

const PROGRESS = 'phase totalRows validatedRows writtenRows updatedAt';
export const IMPORT_PROGRESS = gql`query PoolImportProgress($key: String!) { poolImportProgress(progressKey: $key) { ${PROGRESS} } }`;

const ACCOUNT = `id username roles disabled lastLoginAt lockedUntil person { ${NAMED} } organisation { ${NAMED} }`;

export const ACCOUNT_BY_ID = gql`query AccountById($id: ID!) { account(id: $id) { ${ACCOUNT} } }`;
export const CREATE_ACCOUNT = gql`mutation CreateAccount($input: CreateAccountInput!) { createAccount(input: $input) { ${ACCOUNT} } }`;
export const RESET_PASSWORD = gql`mutation ResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) { ${ACCOUNT} } }`;
export const LOCK_ACCOUNT = gql`mutation LockAccount($input: LockAccountInput!) { lockAccount(input: $input) { ${ACCOUNT} } }`;
export const UNLOCK_ACCOUNT = gql`mutation UnlockAccount($accountId: ID!) { unlockAccount(accountId: $accountId) { ${ACCOUNT} } }`;
export const SET_ACCOUNT_DISABLED = gql`mutation SetAccountDisabled($input: SetAccountDisabledInput!) { setAccountDisabled(input: $input) { ${ACCOUNT} } }`;

/** The answers' shapes, as the screens read them. */
/** A registered person as lists and searches show them (identifiers masked unless the role may see them). */
export interface PersonSummary {
  id: string;
  name: string;
  gender: string;
  phone: string | null;
  nationalId: string | null;
  address: string | null;
}
export interface ImportRejection {
  line: number;
  field: string;
  reason: string;
}
export interface PoolImportReport {
  committed: boolean;
  totalRows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: ImportRejection[];
}
export interface ImportProgress {
  phase: string;
  totalRows: number;
  validatedRows: number;
  writtenRows: number;
  updatedAt: string;
}
export interface AccountRecord {
  id: string;
  username: string;
  roles: string[];
  disabled: boolean;
  lastLoginAt: string | null;
  lockedUntil: string | null;
  person: { id: string; name: string };
  organisation: { id: string; name: string } | null;
}
