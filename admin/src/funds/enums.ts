/** The API's enums of the funds subgraph, in the schema's order. */
export const FUND_KINDS = [
  'PETITION_RELIEF',
  'JUDICIAL_RELIEF',
  'LAW_RELATED_RELIEF',
  'TRAFFIC_ACCIDENT_RELIEF',
  'MEDICAL_RELIEF',
  'EXTREME_HARDSHIP_RELIEF',
  'WORK_FUND',
] as const;
export const APPLICATION_STATUSES = [
  'PROPOSED',
  'AWAITING_SECOND_APPROVAL',
  'APPROVED',
  'REJECTED',
  'PAID',
  'REVERSED',
] as const;
export const PENDING_STATUSES = ['PROPOSED', 'AWAITING_SECOND_APPROVAL'] as const;
export const DISBURSEMENT_STATUSES = ['PAID', 'REVERSED'] as const;
export const ENTRY_KINDS = ['ALLOCATION', 'DISBURSEMENT', 'REVERSAL', 'TRANSFER'] as const;
export const EXTERNAL_ACCOUNTS = ['BUDGET', 'PAYEES'] as const;
export const VULNERABILITIES = [
  'ELDERLY',
  'DISABLED',
  'MINOR',
  'WOMAN_IN_HARDSHIP',
  'MIGRANT',
  'EXTREME_HARDSHIP',
] as const;
export const LEGAL_AID_KINDS = ['CONSULTATION', 'DOCUMENT_DRAFTING', 'REPRESENTATION'] as const;
export const LEGAL_AID_STATUSES = ['ACCEPTED', 'ASSIGNED', 'CONCLUDED'] as const;
/** The funds subgraph's own mirror of CaseStatus (fund rules may require some); labels come from `enums.CaseStatus`. */
export const CASE_STATUSES = [
  'REGISTERED',
  'ROUTED',
  'ACCEPTED',
  'IN_HANDLING',
  'REPLIED',
  'FOLLOWED_UP',
  'CLOSED',
  'NOT_ACCEPTED',
  'HANDED_OVER',
  'REEXAMINING',
  'REVIEWING',
] as const;
