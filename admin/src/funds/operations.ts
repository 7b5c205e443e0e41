import { gql } from '@apollo/client';
import { ATTACHMENT_FIELDS } from '../shared/attachments/types';
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

/** An application's files for its attachments panel (no links: one is asked for when a file is opened). */
export const RELIEF_ATTACHMENTS = gql(
  `query ReliefAttachments($id: ID!) { reliefApplication(id: $id) { id attachments { ${ATTACHMENT_FIELDS} } } }`,
);
/** One file of an application with its download link (issued, and logged, for this file only). */
export const RELIEF_ATTACHMENT_LINK = gql(
  `query ReliefAttachmentLink($id: ID!, $attachmentId: ID) { reliefApplication(id: $id) { id attachments(id: $attachmentId) { id downloadUrl } } }`,
);
export const REQUEST_RELIEF_UPLOAD = gql(
  `mutation RequestReliefUpload($input: RequestReliefApplicationUploadInput!) { requestReliefApplicationUpload(input: $input) { url method maxBytes } }`,
);
export const ATTACH_RELIEF_FILE = gql(
  `mutation AttachReliefFile($input: AttachReliefApplicationFileInput!) { attachReliefApplicationFile(input: $input) { id name } }`,
);

/** A legal-aid matter's files for its attachments panel. */
export const LEGAL_AID_ATTACHMENTS = gql(
  `query LegalAidAttachments($id: ID!) { legalAidMatter(id: $id) { id attachments { ${ATTACHMENT_FIELDS} } } }`,
);
/** One file of a legal-aid matter with its download link. */
export const LEGAL_AID_ATTACHMENT_LINK = gql(
  `query LegalAidAttachmentLink($id: ID!, $attachmentId: ID) { legalAidMatter(id: $id) { id attachments(id: $attachmentId) { id downloadUrl } } }`,
);
export const REQUEST_LEGAL_AID_UPLOAD = gql(
  `mutation RequestLegalAidUpload($input: RequestLegalAidMatterUploadInput!) { requestLegalAidMatterUpload(input: $input) { url method maxBytes } }`,
);
export const ATTACH_LEGAL_AID_FILE = gql(
  `mutation AttachLegalAidFile($input: AttachLegalAidMatterFileInput!) { attachLegalAidMatterFile(input: $input) { id name } }`,
);
