import type { Role } from '@onedoor/db';

/** Who may see funds and payments: people who run, lead, staff or audit the centre's money. */
export const FUND_READERS: readonly Role[] = ['ADMIN', 'LEADER', 'CENTRE_STAFF', 'FUND_OFFICER', 'FUND_APPROVER', 'AUDITOR'];
/** Who may pay money out of a fund. */
export const FUND_PAYERS: readonly Role[] = ['FUND_OFFICER', 'FUND_APPROVER', 'ADMIN'];
/** Who may put money into a fund. */
export const FUND_ALLOCATORS: readonly Role[] = ['ADMIN', 'FUND_APPROVER'];
