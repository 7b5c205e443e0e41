import { ROLES } from '@onedoor/db';
import { EXCEPTION_KINDS, GENDERS, MEMBERSHIP_STATUSES, POOLS, VULNERABILITIES } from '@onedoor/db/people';
import {
  optionalNationalId,
  optionalPhone,
  optionalText,
  pattern,
  personName,
  text,
  uuid,
} from '@onedoor/subgraph-kit';
import { z } from 'zod';

/*
 * What each people operation's arguments must hold, named after the operation (`inputs.createAccount`) and
 * checked before any service runs (a refusal names the field). Rules that need the database or a peer stay
 * in the services.
 */

export const registerPerson = z.object({
  name: personName(100),
  gender: z.enum(GENDERS).nullish(),
  phone: optionalPhone(),
  nationalId: optionalNationalId(),
  address: optionalText(300),
  birthDate: z.string().nullish(),
  vulnerabilities: z.array(z.enum(VULNERABILITIES)).nullish(),
});
/** `personIdsMatching(search: String!)`: what was typed in a search box; blank names nobody. */
export const personIdsMatching = z.object({ search: optionalText(100) });
export const mergePersons = z.object({ survivorId: uuid(), duplicateId: uuid() });
export const personFilter = z
  .object({
    search: optionalText(100),
    vulnerability: z.enum(VULNERABILITIES).nullish(),
    nationalId: optionalText(18),
    phone: optionalText(20),
  })
  .nullish();

const password = z.string().min(10, 'must be at least 10 characters').max(1024, 'must be at most 1024 characters');

export const login = z.object({
  username: text(100),
  password: z.string().min(1, 'must not be empty').max(1024, 'must be at most 1024 characters'),
});
export const createAccount = z.object({
  personId: uuid(),
  username: pattern(
    /^[A-Za-z0-9._-]{3,50}$/,
    'USERNAME_FORMAT',
    'must be 3 to 50 letters, digits, dots, dashes or underscores',
  ),
  password,
  roles: z.array(z.enum(ROLES)).min(1, 'needs at least one role'),
  organisationId: uuid().nullish(),
});
export const changePassword = z.object({ currentPassword: text(1024), newPassword: password });
export const resetPassword = z.object({ accountId: uuid(), newPassword: password });
export const lockAccount = z.object({ accountId: uuid(), until: z.date() });
/** `unlockAccount(accountId: ID!)` takes its id as a plain argument. */
export const unlockAccount = z.object({ accountId: uuid() });
export const setAccountDisabled = z.object({ accountId: uuid(), disabled: z.boolean() });

export const mediatorFilter = z
  .object({
    pool: z.enum(POOLS).nullish(),
    specialty: optionalText(50),
    status: z.enum(MEMBERSHIP_STATUSES).nullish(),
    organisationId: uuid().nullish(),
    gridUnitId: uuid().nullish(),
    studio: optionalText(100),
    language: optionalText(50),
  })
  .nullish();

const weekday = z
  .number()
  .int()
  .min(1, 'weekdays are 1 (Monday) to 7 (Sunday)')
  .max(7, 'weekdays are 1 (Monday) to 7 (Sunday)');
const certification = z.object({ name: text(100), expiresOn: z.string().nullish() });

export const addPoolMember = z.object({
  personId: uuid(),
  pool: z.enum(POOLS),
  fullTime: z.boolean().nullish(),
  specialties: z.array(text(50)).max(20).nullish(),
  languages: z.array(text(50)).max(20).nullish(),
  studio: optionalText(100),
  organisationId: uuid().nullish(),
  gridUnitIds: z.array(uuid()).max(200).nullish(),
  joinedOn: z.string().nullish(),
  weekdays: z.array(weekday).nullish(),
  certifications: z.array(certification).max(20).nullish(),
});
export const changeMediatorStatus = z.object({
  mediatorId: uuid(),
  status: z.enum(MEMBERSHIP_STATUSES),
  reason: text(500),
});
export const setMediatorWeekdays = z.object({ mediatorId: uuid(), weekdays: z.array(weekday) });
export const addAvailabilityException = z.object({
  mediatorId: uuid(),
  kind: z.enum(EXCEPTION_KINDS),
  from: z.string(),
  to: z.string(),
  note: optionalText(200),
});
export const addCertification = z.object({ mediatorId: uuid(), certification });
export const recordMediationOutcome = z.object({
  mediatorId: uuid(),
  caseId: uuid(),
  resolved: z.boolean(),
  satisfaction: z.number().int().min(1, 'is 1 to 5').max(5, 'is 1 to 5').nullish(),
  concludedAt: z.date().nullish(),
});
export const importPool = z.object({
  pool: z.enum(POOLS),
  csv: z.string().min(1, 'must not be empty'),
  mode: z.enum(['ALL_OR_NOTHING', 'VALID_ROWS_ONLY']).nullish(),
  progressKey: optionalText(100),
});

export const suggestMediators = z.object({
  caseId: uuid().nullish(),
  specialty: optionalText(50),
  gridUnitId: uuid().nullish(),
  date: z.string().nullish(),
  pool: z.enum(POOLS).nullish(),
});
export const coverageGaps = z.object({
  specialty: text(50),
  pool: z.enum(POOLS).nullish(),
  level: z.enum(['TOWNSHIP', 'WORK_AREA', 'VILLAGE', 'GRID']).nullish(),
  withinId: uuid().nullish(),
});
