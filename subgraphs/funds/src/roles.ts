import type { Role } from '@onedoor/db';

/** Who may see funds and payments: people who run, lead, staff or audit the centre's money. */
export const FUND_READERS: readonly Role[] = [
  'ADMIN',
  'CENTRE_STAFF',
  'LEADER',
  'FUND_OFFICER',
  'FUND_APPROVER',
  'AUDITOR',
];
/** Who may pay money out of a fund. */
export const FUND_PAYERS: readonly Role[] = ['ADMIN', 'FUND_OFFICER', 'FUND_APPROVER'];
/** Who may put money into a fund. */
export const FUND_ALLOCATORS: readonly Role[] = ['ADMIN', 'FUND_APPROVER'];
/** Who may propose relief and record follow-ups. */
export const FUND_PROPOSERS: readonly Role[] = ['ADMIN', 'FUND_OFFICER', 'FUND_APPROVER'];
/** Who may decide applications, reverse payments, open funds and move money between them. */
export const FUND_DECIDERS: readonly Role[] = ['ADMIN', 'FUND_APPROVER'];
/** Who may accept legal-aid matters and record their progress. */
export const LEGAL_AID_WRITERS: readonly Role[] = ['ADMIN', 'CENTRE_STAFF', 'FUND_OFFICER'];
