import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgSchema, text, uuid } from 'drizzle-orm/pg-core';
import { at, id, timestamps } from '../columns';

export const peopleSchema = pgSchema('people');

export const GENDERS = ['MALE', 'FEMALE', 'UNSPECIFIED'] as const;
export type Gender = (typeof GENDERS)[number];

export const VULNERABILITIES = ['ELDERLY', 'DISABLED', 'MINOR', 'WOMAN_IN_HARDSHIP', 'MIGRANT', 'EXTREME_HARDSHIP'] as const;
export type Vulnerability = (typeof VULNERABILITIES)[number];

export const ROLES = ['ADMIN', 'CENTRE_STAFF', 'LEADER', 'HANDLER', 'MEDIATOR', 'PARTNER', 'FUND_OFFICER', 'FUND_APPROVER', 'AUDITOR'] as const;
export type Role = (typeof ROLES)[number];

export const POOLS = [
  'PEOPLES_MEDIATOR', 'OBSERVER', 'VOLUNTEER', 'DEPUTY', 'RETIRED_CADRE', 'LEGAL_UNDERSTANDING_PERSON',
  'LEGAL_ADVISER', 'LAWYER', 'PSYCHOLOGIST', 'SUPERVISION_COMMISSIONER', 'PROXY_AGENT', 'EVERYONE_JUDGES',
] as const;
export type Pool = (typeof POOLS)[number];

export const MEMBERSHIP_STATUSES = ['ACTIVE', 'SUSPENDED', 'RETIRED'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

/** One natural person: petitioner, pool member or staff. Identifiers are stored encrypted with a keyed hash for look-up. */
export const personsTable = peopleSchema.table('persons', {
  id: id(),
  name: text('name').notNull(),
  gender: text('gender').$type<Gender>().notNull().default('UNSPECIFIED'),
  phoneEnc: text('phone_enc'),
  phoneHash: text('phone_hash'),
  nationalIdEnc: text('national_id_enc'),
  nationalIdHash: text('national_id_hash'),
  birthDate: date('birth_date', { mode: 'string' }),
  address: text('address'),
  vulnerabilities: text('vulnerabilities').array().$type<Vulnerability[]>().notNull().default(sql`'{}'::text[]`),
  ...timestamps,
}, (t) => [
  index('persons_national_id_hash_idx').on(t.nationalIdHash),
  index('persons_phone_hash_idx').on(t.phoneHash),
  index('persons_name_idx').on(t.name),
]);

/** A staff or partner login, linked to a person and an organisation. */
export const accountsTable = peopleSchema.table('accounts', {
  id: id(),
  personId: uuid('person_id').notNull().references(() => personsTable.id),
  username: text('username').notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  roles: text('roles').array().$type<Role[]>().notNull(),
  organisationId: uuid('organisation_id'),
  disabled: boolean('disabled').notNull().default(false),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: at('locked_until'),
  lastLoginAt: at('last_login_at'),
  ...timestamps,
}, (t) => [index('accounts_person_idx').on(t.personId)]);

/** A person's membership in one pool (mediators, observers, volunteers …): the `Mediator` entity. */
export const poolMembershipsTable = peopleSchema.table('pool_memberships', {
  id: id(),
  personId: uuid('person_id').notNull().references(() => personsTable.id),
  pool: text('pool').$type<Pool>().notNull(),
  fullTime: boolean('full_time').notNull().default(false),
  specialties: text('specialties').array().notNull().default(sql`'{}'::text[]`),
  studio: text('studio'),
  organisationId: uuid('organisation_id'),
  gridUnitIds: uuid('grid_unit_ids').array().notNull().default(sql`'{}'::uuid[]`),
  status: text('status').$type<MembershipStatus>().notNull().default('ACTIVE'),
  joinedOn: date('joined_on', { mode: 'string' }),
  ...timestamps,
}, (t) => [
  index('pool_memberships_person_idx').on(t.personId),
  index('pool_memberships_pool_status_idx').on(t.pool, t.status),
]);

export type PersonRow = typeof personsTable.$inferSelect;
export type AccountRow = typeof accountsTable.$inferSelect;
export type PoolMembershipRow = typeof poolMembershipsTable.$inferSelect;
