import { gql } from '@apollo/client';
import { FUND_ROW } from './queries';

/** The operations the funds screens send besides the resource mapping (validated against the API by test/admin/funds-operations.unit.test.ts). */
export const OPEN_FUND = gql(`mutation OpenFund($input: OpenFundInput!) { openFund(input: $input) { ${FUND_ROW} } }`);
export const ALLOCATE_TO_FUND = gql(
  `mutation Allocate($input: AllocateToFundInput!) { allocateToFund(input: $input) { id balance } }`,
);
export const TRANSFER_BETWEEN_FUNDS = gql(
  `mutation Transfer($input: TransferBetweenFundsInput!) { transferBetweenFunds(input: $input) { id } }`,
);
export const SET_FUND_RULES = gql(
  `mutation SetRules($input: SetFundRulesInput!) { setFundRules(input: $input) { ${FUND_ROW} } }`,
);
export const APPROVE_APPLICATION = gql(
  `mutation Approve($input: DecideReliefApplicationInput!) { approveReliefApplication(input: $input) { id status } }`,
);
export const REJECT_APPLICATION = gql(
  `mutation Reject($input: RejectReliefApplicationInput!) { rejectReliefApplication(input: $input) { id status } }`,
);
export const PAY_APPLICATION = gql(
  `mutation Pay($input: PayReliefApplicationInput!) { payReliefApplication(input: $input) { id status amount } }`,
);
export const RECORD_FOLLOW_UP = gql(
  `mutation FollowUp($input: RecordReliefFollowUpInput!) { recordReliefFollowUp(input: $input) { id } }`,
);
export const REVERSE_DISBURSEMENT = gql(
  `mutation Reverse($input: ReverseDisbursementInput!) { reverseDisbursement(input: $input) { id status } }`,
);
export const OPEN_LEGAL_AID = gql(
  `mutation OpenLegalAid($input: OpenLegalAidMatterInput!) { openLegalAidMatter(input: $input) { id } }`,
);
export const RECORD_LEGAL_AID_PROGRESS = gql(
  `mutation LegalAidProgress($input: RecordLegalAidProgressInput!) { recordLegalAidProgress(input: $input) { id version } }`,
);

export const FUND_REPORT = gql(`query FundReport($fundId: ID!, $from: Date!, $to: Date!) {
  fundReport(fundId: $fundId, from: $from, to: $to) { openingBalance allocations disbursements reversals transfersIn transfersOut closingBalance }
}`);

/** What each line of the relief totals sums. */
const TOTALS = 'paid reversed net payments';
/** The legal-aid report's counts, in the order its line reads them. */
const LEGAL_AID_COUNTS = [
  'matters',
  'consultations',
  'documentDrafting',
  'representations',
  'documentsDrafted',
  'recipients',
] as const;
export const RELIEF_REPORTS = gql(`query ReliefReports($from: Date!, $to: Date!) {
  reliefTotals(from: $from, to: $to) {
    byKind { kind ${TOTALS} }
    byTownship { township { id name } ${TOTALS} }
    byVulnerability { vulnerability ${TOTALS} }
  }
  legalAidReport(from: $from, to: $to) { ${LEGAL_AID_COUNTS.join(' ')} recovered }
}`);
/** The legal-aid report as RELIEF_REPORTS reads it. */
export type LegalAidReport = Record<(typeof LEGAL_AID_COUNTS)[number], number> & { recovered: string };

export const FUND_LEDGER = gql(`query FundLedger($filter: JournalEntryFilter, $first: Int) {
  journalEntries(filter: $filter, first: $first) { totalCount nodes { id kind memo occurredAt budgetYear lines { amount externalAccount fund { id name } } } }
}`);
