import { ROLES, type Role } from '@onedoor/db';

/** Every role of a signed-in account: what is open to anyone signed in (their own password, say). */
export const ANY_ACCOUNT: readonly Role[] = ROLES;
/** Everyone but partner agencies, who see persons only through the cases routed to them. */
export const PERSON_READERS: readonly Role[] = ROLES.filter((role) => role !== 'PARTNER');
/** Who registers persons: the centre's desk and the units' handlers meeting petitioners. */
export const PERSON_REGISTRARS: readonly Role[] = ['ADMIN', 'CENTRE_STAFF', 'HANDLER'];
/** Who reviews probable duplicates and merges them. */
export const PERSON_MERGERS: readonly Role[] = ['ADMIN', 'CENTRE_STAFF'];
/** Who sees national ids and phones in full (each unmasking is written to the access log); others see them masked. */
export const UNMASKING: readonly Role[] = ['ADMIN', 'CENTRE_STAFF'];
/** Who manages the pools of mediators and volunteers: members, status, certifications, CSV import and export. */
export const POOL_MANAGERS: readonly Role[] = ['ADMIN', 'CENTRE_STAFF'];
/** Who keeps availability: the pool managers, and a mediator for their own membership (the service checks which). */
export const AVAILABILITY_EDITORS: readonly Role[] = ['ADMIN', 'CENTRE_STAFF', 'MEDIATOR'];
/** Who matches mediators to a case. */
export const MATCHERS: readonly Role[] = ['ADMIN', 'CENTRE_STAFF', 'LEADER'];
/** Who reads the pools' figures: sizes and coverage gaps. */
export const POOL_ANALYSTS: readonly Role[] = ['ADMIN', 'CENTRE_STAFF', 'LEADER', 'AUDITOR'];
/** Who administers staff accounts: opening, resetting, locking, disabling. */
export const ACCOUNT_ADMINS: readonly Role[] = ['ADMIN'];
/** Who may read any account. */
export const ACCOUNT_READERS: readonly Role[] = ['ADMIN', 'AUDITOR'];
