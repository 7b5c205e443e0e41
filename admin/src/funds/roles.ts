import { everyRoleBut, type Role } from '../auth/roles';

/*
 * Who may do what with money, mirroring the funds subgraph's role sets. The API refuses anyway; the back
 * office only hides what a role may not do.
 */

/** Who sees funds, applications, payments, legal aid and the relief reports: not units, mediators or partners. */
export const FUND_READERS = everyRoleBut('HANDLER', 'MEDIATOR', 'PARTNER');
/** Who decides applications, reverses payments, opens funds, sets their rules and moves money. */
export const FUND_DECIDERS: readonly Role[] = ['FUND_APPROVER', 'ADMIN'];
/** Who proposes relief, pays approved applications and records follow-ups: the deciders and fund officers. */
export const FUND_WORKERS: readonly Role[] = ['FUND_OFFICER', ...FUND_DECIDERS];
/** Who accepts legal-aid matters and records their progress. */
export const LEGAL_AID_WRITERS: readonly Role[] = ['ADMIN', 'CENTRE_STAFF', 'FUND_OFFICER'];
