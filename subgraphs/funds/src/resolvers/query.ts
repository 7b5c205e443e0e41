import { APPLICATION_STATUSES, ENTRY_KINDS, type FundKind, LEGAL_AID_STATUSES } from '@onedoor/db';
import { type Context, type PageArgs, parseInput, requireRole, uuid } from '@onedoor/subgraph-kit';
import { z } from 'zod';
import type { FundsLoaders } from '../loaders';
import { FUND_READERS } from '../roles';
import {
  listApplications,
  listDisbursements,
  listFunds,
  listJournalEntries,
  listLegalAidMatters,
} from '../services/list';
import { fundReport, legalAidReport, reliefTotals } from '../services/reports';

type Ctx = Context<FundsLoaders>;
type Period = { from: string; to: string };

const disbursementFilter = z.object({ fundId: uuid().nullish(), caseId: uuid().nullish(), personId: uuid().nullish() });
const applicationFilter = disbursementFilter.extend({ status: z.array(z.enum(APPLICATION_STATUSES)).nullish() });
const entryFilter = z.object({ fundId: uuid().nullish(), kind: z.array(z.enum(ENTRY_KINDS)).nullish() });
const legalAidFilter = z.object({
  personId: uuid().nullish(),
  caseId: uuid().nullish(),
  status: z.enum(LEGAL_AID_STATUSES).nullish(),
});

export const Query = {
  fund(_: unknown, { id }: { id: string }, ctx: Ctx) {
    requireRole(ctx.viewer, FUND_READERS, 'fund');
    return ctx.loaders.fundById.load(id);
  },
  funds(_: unknown, { filter, ...page }: PageArgs & { filter?: { kind?: FundKind | null } | null }, ctx: Ctx) {
    requireRole(ctx.viewer, FUND_READERS, 'funds');
    return listFunds(ctx, { kind: filter?.kind ?? null }, page);
  },
  disbursements(_: unknown, { filter, ...page }: PageArgs & { filter?: unknown }, ctx: Ctx) {
    requireRole(ctx.viewer, FUND_READERS, 'disbursements');
    return listDisbursements(ctx, parseInput(disbursementFilter, filter ?? {}, 'filter'), page);
  },
  journalEntry(_: unknown, { id }: { id: string }, ctx: Ctx) {
    requireRole(ctx.viewer, FUND_READERS, 'journalEntry');
    return ctx.loaders.entryById.load(id);
  },
  journalEntries(_: unknown, { filter, ...page }: PageArgs & { filter?: unknown }, ctx: Ctx) {
    requireRole(ctx.viewer, FUND_READERS, 'journalEntries');
    return listJournalEntries(ctx, parseInput(entryFilter, filter ?? {}, 'filter'), page);
  },
  reliefApplication(_: unknown, { id }: { id: string }, ctx: Ctx) {
    requireRole(ctx.viewer, FUND_READERS, 'reliefApplication');
    return ctx.loaders.applicationById.load(id);
  },
  reliefApplications(_: unknown, { filter, ...page }: PageArgs & { filter?: unknown }, ctx: Ctx) {
    requireRole(ctx.viewer, FUND_READERS, 'reliefApplications');
    return listApplications(ctx, parseInput(applicationFilter, filter ?? {}, 'filter'), page);
  },
  fundReport(_: unknown, args: Period & { fundId: string }, ctx: Ctx) {
    requireRole(ctx.viewer, FUND_READERS, 'fundReport');
    return fundReport(ctx, { ...args, fundId: parseInput(uuid(), args.fundId, 'fundId') });
  },
  reliefTotals(_: unknown, args: Period, ctx: Ctx) {
    requireRole(ctx.viewer, FUND_READERS, 'reliefTotals');
    return reliefTotals(ctx, args);
  },
  legalAidMatters(_: unknown, { filter, ...page }: PageArgs & { filter?: unknown }, ctx: Ctx) {
    requireRole(ctx.viewer, FUND_READERS, 'legalAidMatters');
    return listLegalAidMatters(ctx, parseInput(legalAidFilter, filter ?? {}, 'filter'), page);
  },
  legalAidReport(_: unknown, args: Period, ctx: Ctx) {
    requireRole(ctx.viewer, FUND_READERS, 'legalAidReport');
    return legalAidReport(ctx, args);
  },
};
