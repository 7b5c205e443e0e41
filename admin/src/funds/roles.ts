import type { Role } from '../auth/roles';

/*
 * Who may do what with money, mirroring subgraphs/funds/src/roles.ts. The API refuses anyway; the back
 * office only hides what a role may not do.
 */
export const FUND_READERS: readonly Role[] = [
  'ADMIN',
  'LEADER',
  'CENTRE_STAFF',
  'FUND_OFFICER',
  'FUND_APPROVER',
  'AUDITOR',
];
/** payReliefApplication. */
export const FUND_PAYERS: readonly Role[] = ['FUND_OFFICER', 'FUND_APPROVER', 'ADMIN'];
/** proposeReliefApplication, recordReliefFollowUp. */
export const FUND_PROPOSERS: readonly Role[] = ['FUND_OFFICER', 'FUND_APPROVER', 'ADMIN'];
/** approve/reject, reverseDisbursement, openFund, setFundRules, transferBetweenFunds, allocateToFund. */
export const FUND_DECIDERS: readonly Role[] = ['FUND_APPROVER', 'ADMIN'];
/** openLegalAidMatter, recordLegalAidProgress. */
export const LEGAL_AID_WRITERS: readonly Role[] = ['ADMIN', 'CENTRE_STAFF', 'FUND_OFFICER'];
