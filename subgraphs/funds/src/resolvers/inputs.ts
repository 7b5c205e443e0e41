import { APPLICATION_STATUSES, ENTRY_KINDS, FUND_KINDS, LEGAL_AID_KINDS, LEGAL_AID_STATUSES } from '@onedoor/db/funds';
import { optionalText, text, uuid } from '@onedoor/subgraph-kit';
import { z } from 'zod';

/** ¥10 billion: far above any real payment, far below where bigint fen could overflow when summed. */
const MAX_FEN = 1_000_000_000_000n;
export const amount = () =>
  z.bigint().positive('must be more than zero fen').max(MAX_FEN, `must be at most ${MAX_FEN} fen`);

const rules = z
  .object({
    perPersonYearlyCap: amount().nullish(),
    secondApprovalAbove: amount().nullish(),
    requiresVulnerability: z.boolean().nullish(),
    // The schema's CaseStatus enum already limits the values; the list itself is the cases subgraph's.
    eligibleCaseStatuses: z.array(z.string()).nullish(),
  })
  .transform((r) => ({
    eligibleCaseStatuses: r.eligibleCaseStatuses?.length ? [...new Set(r.eligibleCaseStatuses)] : null,
    perPersonYearlyCapFen: r.perPersonYearlyCap ?? null,
    secondApprovalAboveFen: r.secondApprovalAbove ?? null,
    requiresVulnerability: r.requiresVulnerability ?? false,
  }));

export const openFundInput = z.object({
  code: text(40),
  name: text(200),
  kind: z.enum(FUND_KINDS),
  ownerOrganisationId: uuid().nullish(),
  rules: rules.nullish(),
});
export const setFundRulesInput = z.object({ fundId: uuid(), rules });
export const allocateToFundInput = z.object({
  fundId: uuid(),
  amount: amount(),
  note: text(500),
  budgetYear: z.number().int().min(2000, 'must be 2000 or later').max(2100, 'must be 2100 or earlier').nullish(),
});
export const transferInput = z.object({ fromFundId: uuid(), toFundId: uuid(), amount: amount(), memo: text(500) });

export const recordDisbursementInput = z.object({
  fundId: uuid(),
  caseId: uuid().nullish(),
  personId: uuid(),
  amount: amount(),
  purpose: text(500),
  idempotencyKey: text(200),
});

const evidence = z
  .object({
    fileName: text(200),
    contentType: text(100),
    sizeBytes: z
      .number()
      .int()
      .positive('must be more than zero bytes')
      .max(100 * 1024 * 1024, 'must be at most 100 MB'),
    sha256: z.string().regex(/^[0-9a-f]{64}$/i, 'must be 64 hex digits'),
    description: optionalText(200),
  })
  .transform((e) => ({ ...e, sha256: e.sha256.toLowerCase(), description: e.description ?? null }));

export const proposeInput = z.object({
  fundId: uuid(),
  personId: uuid(),
  caseId: uuid().nullish(),
  townshipId: uuid().nullish(),
  // The schema's Vulnerability enum limits the values; the people subgraph owns the list.
  vulnerability: z.string().nullish(),
  amount: amount(),
  reason: text(2000),
  evidence: z
    .array(evidence)
    .max(20, 'at most 20 items')
    .nullish()
    .transform((e) => e ?? []),
});
export const decideInput = z.object({ applicationId: uuid() });
export const rejectInput = z.object({ applicationId: uuid(), reason: text(1000) });
export const payInput = z.object({ applicationId: uuid(), idempotencyKey: text(200) });
export const reverseInput = z.object({ disbursementId: uuid(), reason: text(1000) });
export const followUpInput = z.object({ applicationId: uuid(), note: text(2000) });

export const openLegalAidInput = z.object({
  kind: z.enum(LEGAL_AID_KINDS),
  personId: uuid(),
  caseId: uuid().nullish(),
  lawyerId: uuid().nullish(),
  summary: text(2000),
});
export const legalAidProgressInput = z.object({
  matterId: uuid(),
  version: z.number().int().positive(),
  lawyerId: uuid().nullish(),
  documentsDrafted: z.number().int().min(0, 'must not be negative').max(10_000).nullish(),
  recovered: z.bigint().min(0n, 'must not be negative').max(MAX_FEN).nullish(),
  conclude: z.boolean().nullish(),
});

export const disbursementFilter = z.object({
  fundId: uuid().nullish(),
  caseId: uuid().nullish(),
  personId: uuid().nullish(),
});
export const applicationFilter = disbursementFilter.extend({
  status: z.array(z.enum(APPLICATION_STATUSES)).nullish(),
});
export const entryFilter = z.object({ fundId: uuid().nullish(), kind: z.array(z.enum(ENTRY_KINDS)).nullish() });
export const legalAidFilter = z.object({
  personId: uuid().nullish(),
  caseId: uuid().nullish(),
  status: z.enum(LEGAL_AID_STATUSES).nullish(),
});
