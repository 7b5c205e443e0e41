import { sql } from 'drizzle-orm';
import { bigint, check, index, pgSchema, text, uuid } from 'drizzle-orm/pg-core';
import { at, id, timestamps } from '../columns';

export const fundsSchema = pgSchema('funds');

export const FUND_KINDS = [
  'PETITION_RELIEF', 'JUDICIAL_RELIEF', 'LAW_RELATED_RELIEF', 'TRAFFIC_ACCIDENT_RELIEF', 'MEDICAL_RELIEF',
  'EXTREME_HARDSHIP_RELIEF', 'WORK_FUND',
] as const;
export type FundKind = (typeof FUND_KINDS)[number];

/** A relief or work fund. Money is integer fen; the database refuses a negative balance. */
export const fundsTable = fundsSchema.table('funds', {
  id: id(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  kind: text('kind').$type<FundKind>().notNull(),
  ownerOrganisationId: uuid('owner_organisation_id'),
  balanceFen: bigint('balance_fen', { mode: 'bigint' }).notNull().default(sql`0`),
  ...timestamps,
}, (t) => [check('funds_balance_not_negative', sql`${t.balanceFen} >= 0`)]);

/** Money paid from a fund to a person, usually for a case. Paying twice with one key is refused. */
export const disbursementsTable = fundsSchema.table('disbursements', {
  id: id(),
  fundId: uuid('fund_id').notNull().references(() => fundsTable.id),
  caseId: uuid('case_id'),
  personId: uuid('person_id').notNull(),
  amountFen: bigint('amount_fen', { mode: 'bigint' }).notNull(),
  purpose: text('purpose').notNull(),
  idempotencyKey: text('idempotency_key').notNull().unique(),
  paidAt: at('paid_at').notNull(),
  paidBy: uuid('paid_by'),
  ...timestamps,
}, (t) => [
  check('disbursements_amount_positive', sql`${t.amountFen} > 0`),
  index('disbursements_case_idx').on(t.caseId),
  index('disbursements_person_idx').on(t.personId),
  index('disbursements_fund_idx').on(t.fundId, t.paidAt),
]);

export type FundRow = typeof fundsTable.$inferSelect;
export type DisbursementRow = typeof disbursementsTable.$inferSelect;
