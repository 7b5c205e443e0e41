import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  check,
  index,
  integer,
  pgSchema,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { at, codeAndName, fen, flag, id, jsonList, ref, timestamps, version } from '../shared/columns';

export const fundsSchema = pgSchema('funds');

export const FUND_KINDS = [
  'PETITION_RELIEF',
  'JUDICIAL_RELIEF',
  'LAW_RELATED_RELIEF',
  'TRAFFIC_ACCIDENT_RELIEF',
  'MEDICAL_RELIEF',
  'EXTREME_HARDSHIP_RELIEF',
  'WORK_FUND',
] as const;
export type FundKind = (typeof FUND_KINDS)[number];

/**
 * A relief or work fund, which is also its own ledger account. `balance_fen` is a cache of the sum of
 * the fund's ledger lines: only the line trigger of the ledger migration may change it, in the same
 * transaction as the line, and the CHECK refuses a negative balance whatever the code does.
 * The rule columns configure who may receive money from it.
 */
export const fundsTable = fundsSchema.table(
  'funds',
  {
    id: id(),
    ...codeAndName(),
    kind: text('kind').$type<FundKind>().notNull(),
    ownerOrganisationId: uuid('owner_organisation_id'),
    balanceFen: fen('balance_fen')
      .notNull()
      .default(sql`0`),
    /** The most one person may receive from this fund in a calendar year (China Standard Time); null: no cap. */
    perPersonYearlyCapFen: fen('per_person_yearly_cap_fen'),
    /** Applications above this amount need a second approver; null: one approver always suffices. */
    secondApprovalAboveFen: fen('second_approval_above_fen'),
    /** Only people with a vulnerability flag (困难群体) may receive from it. */
    requiresVulnerability: flag('requires_vulnerability'),
    /** Applications must be for a case in one of these statuses (the cases subgraph's words); null: any case or none. */
    eligibleCaseStatuses: text('eligible_case_statuses').array().$type<string[]>(),
    ...timestamps,
  },
  (t) => [check('funds_balance_not_negative', sql`${t.balanceFen} >= 0`)],
);

export const ENTRY_KINDS = ['ALLOCATION', 'DISBURSEMENT', 'REVERSAL', 'TRANSFER'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** Accounts outside the county's funds: where allocations come from and where payments go. */
export const EXTERNAL_ACCOUNTS = ['BUDGET', 'PAYEES'] as const;
export type ExternalAccount = (typeof EXTERNAL_ACCOUNTS)[number];

/**
 * One movement of money (记账凭证): its lines sum to zero (checked by a deferred constraint trigger
 * at commit). Append-only: a trigger refuses UPDATE and DELETE; corrections are reversal entries.
 */
export const journalEntriesTable = fundsSchema.table(
  'journal_entries',
  {
    id: id(),
    kind: text('kind').$type<EntryKind>().notNull(),
    memo: text('memo').notNull(),
    occurredAt: at('occurred_at').notNull(),
    recordedBy: uuid('recorded_by'),
    /** The entry this one cancels; an entry is reversed at most once. */
    reversesEntryId: uuid('reverses_entry_id')
      .unique()
      .references((): AnyPgColumn => journalEntriesTable.id),
    /** The budget year (预算年度) an allocation belongs to; only allocations have one. */
    budgetYear: integer('budget_year'),
    /**
     * The writing transaction, stamped by a trigger whatever the insert says: lines may be added to an
     * entry only in that transaction, so a committed entry can never gain lines later.
     */
    writtenInTxid: bigint('written_in_txid', { mode: 'bigint' }),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('journal_entries_occurred_idx').on(t.occurredAt),
    check(
      'journal_entries_budget_year_on_allocations',
      sql`${t.budgetYear} is null or (${t.kind} = 'ALLOCATION' and ${t.budgetYear} between 2000 and 2100)`,
    ),
  ],
);

/**
 * One side of an entry: a signed amount on a fund (positive: money into the fund) or on an external
 * account. Append-only like its entry.
 */
export const ledgerLinesTable = fundsSchema.table(
  'ledger_lines',
  {
    id: id(),
    entryId: ref('entry_id', () => journalEntriesTable.id),
    fundId: uuid('fund_id').references(() => fundsTable.id),
    externalAccount: text('external_account').$type<ExternalAccount>(),
    amountFen: fen('amount_fen').notNull(),
  },
  (t) => [
    check('ledger_lines_amount_not_zero', sql`${t.amountFen} <> 0`),
    check('ledger_lines_one_account', sql`(${t.fundId} is null) <> (${t.externalAccount} is null)`),
    index('ledger_lines_entry_idx').on(t.entryId),
    index('ledger_lines_fund_idx').on(t.fundId, t.entryId),
  ],
);

export const APPLICATION_STATUSES = [
  'PROPOSED',
  'AWAITING_SECOND_APPROVAL',
  'APPROVED',
  'REJECTED',
  'PAID',
  'REVERSED',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Attachment metadata of hardship evidence (困难证明); the file itself lives in the document store. */
export interface EvidenceItem {
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  description: string | null;
}

/** A relief application (救助申请): an officer proposes, an approver (two above the fund's threshold) decides. */
export const reliefApplicationsTable = fundsSchema.table(
  'relief_applications',
  {
    id: id(),
    fundId: ref('fund_id', () => fundsTable.id),
    personId: uuid('person_id').notNull(),
    caseId: uuid('case_id'),
    /** The township (镇街) grid unit the person lives in, for reports. */
    townshipId: uuid('township_id'),
    /** The vulnerability (困难群体) the application relies on, as the officer recorded it. */
    vulnerability: text('vulnerability'),
    amountFen: fen('amount_fen').notNull(),
    reason: text('reason').notNull(),
    evidence: jsonList<EvidenceItem>('evidence'),
    status: text('status').$type<ApplicationStatus>().notNull().default('PROPOSED'),
    proposedBy: uuid('proposed_by').notNull(),
    proposedAt: at('proposed_at').notNull(),
    firstApprovedBy: uuid('first_approved_by'),
    firstApprovedAt: at('first_approved_at'),
    secondApprovedBy: uuid('second_approved_by'),
    secondApprovedAt: at('second_approved_at'),
    rejectedBy: uuid('rejected_by'),
    rejectedAt: at('rejected_at'),
    rejectionReason: text('rejection_reason'),
    ...timestamps,
  },
  (t) => [
    check('relief_applications_amount_positive', sql`${t.amountFen} > 0`),
    check(
      'relief_applications_four_eyes',
      sql`${t.firstApprovedBy} is null or ${t.firstApprovedBy} <> ${t.proposedBy}`,
    ),
    check(
      'relief_applications_two_approvers',
      sql`${t.secondApprovedBy} is null or (${t.secondApprovedBy} <> ${t.firstApprovedBy} and ${t.secondApprovedBy} <> ${t.proposedBy})`,
    ),
    index('relief_applications_fund_idx').on(t.fundId, t.proposedAt),
    index('relief_applications_person_idx').on(t.personId, t.fundId),
    index('relief_applications_case_idx').on(t.caseId),
  ],
);

/** A service note (回访记录) after payment: how the money helped, what else the person needs. */
export const reliefFollowUpsTable = fundsSchema.table(
  'relief_follow_ups',
  {
    id: id(),
    applicationId: ref('application_id', () => reliefApplicationsTable.id),
    note: text('note').notNull(),
    recordedBy: uuid('recorded_by'),
    recordedAt: at('recorded_at').notNull(),
  },
  (t) => [index('relief_follow_ups_application_idx').on(t.applicationId, t.recordedAt)],
);

/**
 * Money paid from a fund to a person (救助金发放), through its journal entry. One idempotency key pays
 * at most once, one application is paid at most once; a reversal is another journal entry.
 */
export const disbursementsTable = fundsSchema.table(
  'disbursements',
  {
    id: id(),
    fundId: ref('fund_id', () => fundsTable.id),
    caseId: uuid('case_id'),
    personId: uuid('person_id').notNull(),
    applicationId: uuid('application_id')
      .unique()
      .references(() => reliefApplicationsTable.id),
    amountFen: fen('amount_fen').notNull(),
    purpose: text('purpose').notNull(),
    idempotencyKey: text('idempotency_key').notNull().unique(),
    paidAt: at('paid_at').notNull(),
    paidBy: uuid('paid_by'),
    journalEntryId: uuid('journal_entry_id')
      .notNull()
      .unique()
      .references(() => journalEntriesTable.id),
    reversalEntryId: uuid('reversal_entry_id')
      .unique()
      .references(() => journalEntriesTable.id),
    reversedAt: at('reversed_at'),
    reversedBy: uuid('reversed_by'),
    reversalReason: text('reversal_reason'),
    ...timestamps,
  },
  (t) => [
    check('disbursements_amount_positive', sql`${t.amountFen} > 0`),
    index('disbursements_case_idx').on(t.caseId),
    index('disbursements_person_idx').on(t.personId),
    index('disbursements_fund_idx').on(t.fundId, t.paidAt),
  ],
);

export const LEGAL_AID_KINDS = ['CONSULTATION', 'DOCUMENT_DRAFTING', 'REPRESENTATION'] as const;
export type LegalAidKind = (typeof LEGAL_AID_KINDS)[number];
export const LEGAL_AID_STATUSES = ['ACCEPTED', 'ASSIGNED', 'CONCLUDED'] as const;
export type LegalAidStatus = (typeof LEGAL_AID_STATUSES)[number];

/** A legal-aid matter (法律援助事项) for a person, optionally for a case, with its assigned lawyer. */
export const legalAidMattersTable = fundsSchema.table(
  'legal_aid_matters',
  {
    id: id(),
    kind: text('kind').$type<LegalAidKind>().notNull(),
    personId: uuid('person_id').notNull(),
    caseId: uuid('case_id'),
    /** The lawyer's pool membership (a Mediator of the people subgraph). */
    lawyerId: uuid('lawyer_id'),
    status: text('status').$type<LegalAidStatus>().notNull().default('ACCEPTED'),
    summary: text('summary').notNull(),
    documentsDrafted: integer('documents_drafted').notNull().default(0),
    recoveredFen: fen('recovered_fen')
      .notNull()
      .default(sql`0`),
    openedAt: at('opened_at').notNull(),
    concludedAt: at('concluded_at'),
    openedBy: uuid('opened_by'),
    version: version(),
    ...timestamps,
  },
  (t) => [
    check('legal_aid_documents_not_negative', sql`${t.documentsDrafted} >= 0`),
    check('legal_aid_recovered_not_negative', sql`${t.recoveredFen} >= 0`),
    index('legal_aid_matters_opened_idx').on(t.openedAt, t.id),
    index('legal_aid_matters_person_idx').on(t.personId),
    index('legal_aid_matters_case_idx').on(t.caseId),
  ],
);

/**
 * A file uploaded for a relief application or a legal-aid matter (exactly one of them): its bytes are in the
 * file store under `checksum` (SHA-256, checked by the gateway), and a record holds the same bytes once.
 */
export const fundAttachmentsTable = fundsSchema.table(
  'attachments',
  {
    id: id(),
    reliefApplicationId: uuid('relief_application_id').references(() => reliefApplicationsTable.id, {
      onDelete: 'cascade',
    }),
    legalAidMatterId: uuid('legal_aid_matter_id').references(() => legalAidMattersTable.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    checksum: text('checksum').notNull(),
    uploadedBy: uuid('uploaded_by'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    check('attachments_one_record', sql`num_nonnulls(${t.reliefApplicationId}, ${t.legalAidMatterId}) = 1`),
    uniqueIndex('attachments_application_file_idx').on(t.reliefApplicationId, t.checksum),
    uniqueIndex('attachments_matter_file_idx').on(t.legalAidMatterId, t.checksum),
  ],
);

export type FundRow = typeof fundsTable.$inferSelect;
export type DisbursementRow = typeof disbursementsTable.$inferSelect;
export type JournalEntryRow = typeof journalEntriesTable.$inferSelect;
export type LedgerLineRow = typeof ledgerLinesTable.$inferSelect;
export type ReliefApplicationRow = typeof reliefApplicationsTable.$inferSelect;
export type ReliefFollowUpRow = typeof reliefFollowUpsTable.$inferSelect;
export type LegalAidMatterRow = typeof legalAidMattersTable.$inferSelect;
export type FundAttachmentRow = typeof fundAttachmentsTable.$inferSelect;
