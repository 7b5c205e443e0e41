import { everyRoleBut, type Role } from '../auth/roles';

/* Who may do what, mirroring the people subgraph's resolvers (the API refuses the rest anyway). */

/** persons(), person(id): everyone signed in but partner agencies. */
export const PERSON_READERS = everyRoleBut('PARTNER');
/** registerPerson. */
export const PERSON_REGISTRARS: readonly Role[] = ['ADMIN', 'CENTRE_STAFF', 'HANDLER'];
/** duplicatePersons, mergePersons. */
export const PERSON_MERGERS: readonly Role[] = ['ADMIN', 'CENTRE_STAFF'];
/** addPoolMember, changeMediatorStatus, addCertification, importPool, exportPool, poolImportProgress. */
export const POOL_MANAGERS: readonly Role[] = ['ADMIN', 'CENTRE_STAFF'];
/** setMediatorWeekdays, addAvailabilityException: a MEDIATOR only for their own membership. */
export const AVAILABILITY_EDITORS: readonly Role[] = ['ADMIN', 'CENTRE_STAFF', 'MEDIATOR'];
/** poolStats, coverageGaps. */
export const POOL_ANALYSTS: readonly Role[] = ['ADMIN', 'CENTRE_STAFF', 'LEADER', 'AUDITOR'];
/** createAccount, resetPassword, lockAccount, unlockAccount, setAccountDisabled. */
export const ACCOUNT_ADMINS: readonly Role[] = ['ADMIN'];
/** account(id). */
export const ACCOUNT_READERS: readonly Role[] = ['ADMIN', 'AUDITOR'];
