import { type Context, parseInput, requireRole } from '@onedoor/subgraph-kit';
import type { FundsLoaders } from '../loaders';
import { FUND_ALLOCATORS, FUND_DECIDERS, FUND_PAYERS, FUND_PROPOSERS, LEGAL_AID_WRITERS } from '../roles';
import { allocateToFund } from '../services/allocate-to-fund';
import { approveReliefApplication, rejectReliefApplication } from '../services/decide-application';
import { openLegalAidMatter, recordLegalAidProgress } from '../services/legal-aid';
import { openFund, setFundRules } from '../services/open-fund';
import { payReliefApplication } from '../services/pay-application';
import { proposeReliefApplication, recordReliefFollowUp } from '../services/propose-application';
import { recordDisbursement } from '../services/record-disbursement';
import { reverseDisbursement } from '../services/reverse-disbursement';
import { transferBetweenFunds } from '../services/transfer-between-funds';
import * as inputs from './inputs';

type Ctx = Context<FundsLoaders>;
type Args = { input: unknown };

export const Mutation = {
  recordDisbursement(_: unknown, args: Args, ctx: Ctx) {
    requireRole(ctx.viewer, FUND_PAYERS, 'recordDisbursement');
    return recordDisbursement(ctx, parseInput(inputs.recordDisbursementInput, args.input));
  },
  allocateToFund(_: unknown, args: Args, ctx: Ctx) {
    requireRole(ctx.viewer, FUND_ALLOCATORS, 'allocateToFund');
    return allocateToFund(ctx, parseInput(inputs.allocateToFundInput, args.input));
  },
  openFund(_: unknown, args: Args, ctx: Ctx) {
    requireRole(ctx.viewer, FUND_DECIDERS, 'openFund');
    return openFund(ctx, parseInput(inputs.openFundInput, args.input));
  },
  setFundRules(_: unknown, args: Args, ctx: Ctx) {
    requireRole(ctx.viewer, FUND_DECIDERS, 'setFundRules');
    return setFundRules(ctx, parseInput(inputs.setFundRulesInput, args.input));
  },
  transferBetweenFunds(_: unknown, args: Args, ctx: Ctx) {
    requireRole(ctx.viewer, FUND_DECIDERS, 'transferBetweenFunds');
    return transferBetweenFunds(ctx, parseInput(inputs.transferInput, args.input));
  },
  proposeReliefApplication(_: unknown, args: Args, ctx: Ctx) {
    requireRole(ctx.viewer, FUND_PROPOSERS, 'proposeReliefApplication');
    return proposeReliefApplication(ctx, parseInput(inputs.proposeInput, args.input));
  },
  approveReliefApplication(_: unknown, args: Args, ctx: Ctx) {
    requireRole(ctx.viewer, FUND_DECIDERS, 'approveReliefApplication');
    return approveReliefApplication(ctx, parseInput(inputs.decideInput, args.input));
  },
  rejectReliefApplication(_: unknown, args: Args, ctx: Ctx) {
    requireRole(ctx.viewer, FUND_DECIDERS, 'rejectReliefApplication');
    return rejectReliefApplication(ctx, parseInput(inputs.rejectInput, args.input));
  },
  payReliefApplication(_: unknown, args: Args, ctx: Ctx) {
    requireRole(ctx.viewer, FUND_PAYERS, 'payReliefApplication');
    return payReliefApplication(ctx, parseInput(inputs.payInput, args.input));
  },
  reverseDisbursement(_: unknown, args: Args, ctx: Ctx) {
    requireRole(ctx.viewer, FUND_DECIDERS, 'reverseDisbursement');
    return reverseDisbursement(ctx, parseInput(inputs.reverseInput, args.input));
  },
  async recordReliefFollowUp(_: unknown, args: Args, ctx: Ctx) {
    requireRole(ctx.viewer, FUND_PROPOSERS, 'recordReliefFollowUp');
    const note = await recordReliefFollowUp(ctx, parseInput(inputs.followUpInput, args.input));
    return ctx.loaders.applicationById.load(note.applicationId);
  },
  openLegalAidMatter(_: unknown, args: Args, ctx: Ctx) {
    requireRole(ctx.viewer, LEGAL_AID_WRITERS, 'openLegalAidMatter');
    return openLegalAidMatter(ctx, parseInput(inputs.openLegalAidInput, args.input));
  },
  recordLegalAidProgress(_: unknown, args: Args, ctx: Ctx) {
    requireRole(ctx.viewer, LEGAL_AID_WRITERS, 'recordLegalAidProgress');
    return recordLegalAidProgress(ctx, parseInput(inputs.legalAidProgressInput, args.input));
  },
};
