import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgSchema, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { actor, at, day, flag, id, ref, textList, timestamps, uuidList } from '../shared/columns';
import type { Role } from '../shared/roles';

export const peopleSchema = pgSchema('people');

/** The person a row belongs to (an account, a pool membership). */
const personRef = () => ref('person_id', () => personsTable.id);
/** The pool membership a row is about (certifications, status history, availability, outcomes). */
const membershipRef = () => ref('membership_id', () => poolMembershipsTable.id);

export const GENDERS = ['MALE', 'FEMALE', 'UNSPECIFIED'] as const;
export type Gender = (typeof GENDERS)[number];

export const VULNERABILITIES = [
  'ELDERLY',
  'DISABLED',
  'MINOR',
  'WOMAN_IN_HARDSHIP',
  'MIGRANT',
  'EXTREME_HARDSHIP',
] as const;
export type Vulnerability = (typeof VULNERABILITIES)[number];

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
export type Pool = (typeof POOLS)[number];

export const MEMBERSHIP_STATUSES = ['ACTIVE', 'SUSPENDED', 'RETIRED'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

/**
 * One natural person: petitioner, pool member or staff. Identifiers are stored encrypted with keyed hashes
 * (blind indexes) for look-up; the name has blind indexes too, so search keeps working once it is encrypted.
 */
export const personsTable = peopleSchema.table(
  'persons',
  {
    id: id(),
    name: text('name').notNull(),
    gender: text('gender').$type<Gender>().notNull().default('UNSPECIFIED'),
    phoneEnc: text('phone_enc'),
    phoneHash: text('phone_hash'),
    nationalIdEnc: text('national_id_enc'),
    nationalIdHash: text('national_id_hash'),
    /** Blind index of the last four digits of the phone (what a citizen reads out at the desk). */
    phoneLast4Hash: text('phone_last4_hash'),
    /** Blind index of the whole name, normalised. */
    nameHash: text('name_hash'),
    /** Blind index of the name's first two characters (surname and first given character), for names longer than that. */
    namePrefixHash: text('name_prefix_hash'),
    /** The data key version every blind index of the row was computed with; null until they are (the start-up re-index fills it). */
    indexKeyVersion: integer('index_key_version'),
    birthDate: day('birth_date'),
    address: text('address'),
    vulnerabilities: textList<Vulnerability>('vulnerabilities'),
    /** Set when this record was merged into another as a duplicate; references to it then resolve to that person. */
    mergedIntoId: uuid('merged_into_id'),
    mergedAt: at('merged_at'),
    ...timestamps,
  },
  (t) => [
    index('persons_merged_into_idx').on(t.mergedIntoId),
    index('persons_national_id_hash_idx').on(t.nationalIdHash),
    index('persons_phone_hash_idx').on(t.phoneHash),
    index('persons_name_idx').on(t.name),
    index('persons_phone_last4_hash_idx').on(t.phoneLast4Hash),
    index('persons_name_hash_idx').on(t.nameHash),
    index('persons_name_prefix_hash_idx').on(t.namePrefixHash),
    index('persons_index_key_version_idx').on(t.indexKeyVersion),
  ],
);

/** A staff or partner login, linked to a person and an organisation. */
export const accountsTable = peopleSchema.table(
  'accounts',
  {
    id: id(),
    personId: personRef(),
    username: text('username').notNull().unique(),
    passwordHash: text('password_hash').notNull(),
    roles: text('roles').array().$type<Role[]>().notNull(),
    organisationId: uuid('organisation_id'),
    disabled: flag('disabled'),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: at('locked_until'),
    lastLoginAt: at('last_login_at'),
    ...timestamps,
  },
  (t) => [index('accounts_person_idx').on(t.personId)],
);

/** A person's membership in one pool (mediators, observers, volunteers …): the `Mediator` entity. */
export const poolMembershipsTable = peopleSchema.table(
  'pool_memberships',
  {
    id: id(),
    personId: personRef(),
    pool: text('pool').$type<Pool>().notNull(),
    fullTime: flag('full_time'),
    specialties: textList('specialties'),
    studio: text('studio'),
    organisationId: uuid('organisation_id'),
    gridUnitIds: uuidList('grid_unit_ids'),
    status: text('status').$type<MembershipStatus>().notNull().default('ACTIVE'),
    joinedOn: day('joined_on'),
    /** Languages and dialects spoken (普通话, 临沭话 …). */
    languages: textList('languages'),
    /** ISO weekdays (1 = Monday … 7 = Sunday) the member is usually available. */
    weekdays: smallint('weekdays')
      .array()
      .$type<number[]>()
      .notNull()
      .default(sql`'{1,2,3,4,5}'::smallint[]`),
    ...timestamps,
  },
  (t) => [
    // One membership per person and pool: imports and merges rely on it.
    uniqueIndex('pool_memberships_person_pool_idx').on(t.personId, t.pool),
    index('pool_memberships_pool_status_idx').on(t.pool, t.status),
  ],
);

export const EXCEPTION_KINDS = ['LEAVE', 'BLOCKED'] as const;
export type AvailabilityExceptionKind = (typeof EXCEPTION_KINDS)[number];

/** A certification (资格证书) a pool member holds; an expired one keeps the member out of suggestions. */
export const certificationsTable = peopleSchema.table(
  'certifications',
  {
    id: id(),
    membershipId: membershipRef(),
    name: text('name').notNull(),
    expiresOn: day('expires_on'),
    ...timestamps,
  },
  (t) => [
    index('certifications_membership_idx').on(t.membershipId),
    index('certifications_expires_idx').on(t.expiresOn),
  ],
);

/** Every status change of a membership, oldest first: who changed it, when and why. */
export const membershipStatusHistoryTable = peopleSchema.table(
  'membership_status_history',
  {
    id: id(),
    membershipId: membershipRef(),
    fromStatus: text('from_status').$type<MembershipStatus>(),
    toStatus: text('to_status').$type<MembershipStatus>().notNull(),
    reason: text('reason'),
    actorAccountId: actor(),
    at: at('at').notNull().defaultNow(),
  },
  (t) => [index('membership_status_history_membership_idx').on(t.membershipId, t.at)],
);

/** Days a member is away (leave 请假) or blocked, overriding the weekly availability. Dates inclusive. */
export const availabilityExceptionsTable = peopleSchema.table(
  'availability_exceptions',
  {
    id: id(),
    membershipId: membershipRef(),
    kind: text('kind').$type<AvailabilityExceptionKind>().notNull(),
    fromDate: day('from_date').notNull(),
    toDate: day('to_date').notNull(),
    note: text('note'),
    ...timestamps,
  },
  (t) => [index('availability_exceptions_membership_idx').on(t.membershipId, t.fromDate)],
);

/** The outcome of one mediation a member worked (调解结果), the basis of performance figures and ranking. */
export const mediationRecordsTable = peopleSchema.table(
  'mediation_records',
  {
    id: id(),
    membershipId: membershipRef(),
    /** The case (cases subgraph) the mediation belonged to; one record per member and case. */
    caseId: uuid('case_id').notNull(),
    resolved: boolean('resolved').notNull(),
    /** The petitioner's rating 1 (very dissatisfied) to 5 (very satisfied), if given. */
    satisfaction: smallint('satisfaction'),
    concludedAt: at('concluded_at').notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex('mediation_records_member_case_idx').on(t.membershipId, t.caseId)],
);

export type PersonRow = typeof personsTable.$inferSelect;
export type CertificationRow = typeof certificationsTable.$inferSelect;
export type StatusHistoryRow = typeof membershipStatusHistoryTable.$inferSelect;
export type AvailabilityExceptionRow = typeof availabilityExceptionsTable.$inferSelect;
export type MediationRecordRow = typeof mediationRecordsTable.$inferSelect;
export type AccountRow = typeof accountsTable.$inferSelect;
export type PoolMembershipRow = typeof poolMembershipsTable.$inferSelect;
