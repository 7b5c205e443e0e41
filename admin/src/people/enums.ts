/** The API's enums the people screens show (translated under `enums.<Enum>.<VALUE>`). */
export const POOLS = [
  'PEOPLES_MEDIATOR',
  'OBSERVER',
  'VOLUNTEER',
  'DEPUTY',
  'RETIRED_CADRE',
  'LEGAL_UNDERSTANDING_PERSON',
  'LEGAL_ADVISER',
  'LAWYER',
  'PSYCHOLOGIST',
  'SUPERVISION_COMMISSIONER',
  'PROXY_AGENT',
  'EVERYONE_JUDGES',
] as const;
export const MEDIATOR_STATUSES = ['ACTIVE', 'SUSPENDED', 'RETIRED'] as const;
export const VULNERABILITIES = [
  'ELDERLY',
  'DISABLED',
  'MINOR',
  'WOMAN_IN_HARDSHIP',
  'MIGRANT',
  'EXTREME_HARDSHIP',
] as const;
export const GENDERS = ['MALE', 'FEMALE', 'UNSPECIFIED'] as const;
export const EXCEPTION_KINDS = ['LEAVE', 'BLOCKED'] as const;
export const IMPORT_MODES = ['ALL_OR_NOTHING', 'VALID_ROWS_ONLY'] as const;
export const IMPORT_PHASES = ['VALIDATING', 'CHECKING_REFERENCES', 'WRITING', 'DONE', 'FAILED'] as const;
export const DUPLICATE_REASONS = ['SAME_NATIONAL_ID', 'SAME_NAME_AND_PHONE'] as const;
export const COVERAGE_LEVELS = ['TOWNSHIP', 'WORK_AREA', 'VILLAGE', 'GRID'] as const;
export const ROLES = [
  'ADMIN',
  'CENTRE_STAFF',
  'LEADER',
  'HANDLER',
  'MEDIATOR',
  'PARTNER',
  'FUND_OFFICER',
  'FUND_APPROVER',
  'AUDITOR',
] as const;
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * Specialties are free text in the API; these are the ones the county uses (and the demo seeds), so
 * filters can offer them and screens can translate them. Any other specialty is shown as written.
 */
export const KNOWN_SPECIALTIES = [
  'family',
  'land',
  'labor',
  'legal',
  'property',
  'medical',
  'traffic',
  'psychology',
] as const;

/** The columns of the pool CSV (ImportPoolInput.csv), in the order `exportPool` writes them. */
export const POOL_CSV_COLUMNS = [
  'name',
  'nationalId',
  'phone',
  'gender',
  'fullTime',
  'specialties',
  'languages',
  'studio',
  'organisationId',
  'gridUnitIds',
  'status',
  'joinedOn',
  'weekdays',
  'certifications',
] as const;
