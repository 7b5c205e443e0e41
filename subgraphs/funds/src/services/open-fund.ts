import { createFundsRepository, type FundKind, type FundRow, type FundRules } from '@onedoor/db/funds';
import { badInput, type BaseContext, created, type ServiceCall } from '@onedoor/subgraph-kit';
import { pgErrorCode } from './ledger';
import { auditedTransaction } from './audit';

export interface OpenFundCommand {
  code: string;
  name: string;
  kind: FundKind;
  ownerOrganisationId?: string | null;
  rules?: FundRules | null;
}

const rulesData = (rules: FundRules) => ({
  perPersonYearlyCapFen: rules.perPersonYearlyCapFen?.toString() ?? null,
  secondApprovalAboveFen: rules.secondApprovalAboveFen?.toString() ?? null,
  requiresVulnerability: rules.requiresVulnerability ?? false,
  eligibleCaseStatuses: rules.eligibleCaseStatuses ?? null,
});

/** Opens a fund at a zero balance (money enters by allocation), with its rules, audited. */
export async function openFund({ ctx, input }: ServiceCall<BaseContext, OpenFundCommand>): Promise<FundRow> {
  if (input.ownerOrganisationId) {
    const known = await ctx.peers.existing('grid', 'Organisation', [input.ownerOrganisationId]);
    if (!known.has(input.ownerOrganisationId)) {
      throw badInput(
        'input.ownerOrganisationId',
        `No organisation with id '${input.ownerOrganisationId}'. Use an id from the organisations query.`,
        { reason: 'NOT_FOUND' },
      );
    }
  }
  const now = ctx.clock.now();
  try {
    return await auditedTransaction({ ctx, action: 'openFund', entityType: 'Fund' }, async (tx) => {
      const fund = await createFundsRepository(tx).insertFund({
        code: input.code,
        name: input.name,
        kind: input.kind,
        ownerOrganisationId: input.ownerOrganisationId ?? null,
        ...input.rules,
        ...created(now),
      });
      return { result: fund, entityId: fund.id, data: { code: fund.code, kind: fund.kind, ...rulesData(fund) } };
    });
  } catch (error) {
    if (pgErrorCode(error) === '23505')
      throw badInput(
        'input.code',
        `The code '${input.code}' is already used by another fund; choose a different code.`,
        { reason: 'DUPLICATE' },
      );
    throw error;
  }
}

/** Replaces a fund's eligibility and approval rules, audited with the old and new values. */
export async function setFundRules({
  ctx,
  input,
}: ServiceCall<BaseContext, { fundId: string; rules: FundRules }>): Promise<FundRow> {
  const now = ctx.clock.now();
  return auditedTransaction({ ctx, action: 'setFundRules', entityType: 'Fund' }, async (tx) => {
    const repo = createFundsRepository(tx);
    const [before] = await repo.fundsByIds([input.fundId]);
    if (!before)
      throw badInput('input.fundId', `Unknown fund '${input.fundId}'. Use an id from the funds query.`, {
        reason: 'NOT_FOUND',
      });
    const after = await repo.updateFundRules(input.fundId, input.rules, now);
    return { result: after!, entityId: input.fundId, data: { before: rulesData(before), after: rulesData(after!) } };
  });
}
