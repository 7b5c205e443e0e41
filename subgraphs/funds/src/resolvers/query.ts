import type { FundKind } from '@onedoor/db';
import { type Context, type PageArgs, parseInput, requireRole, uuid } from '@onedoor/subgraph-kit';
import { z } from 'zod';
import type { FundsLoaders } from '../loaders';
import { FUND_READERS } from '../roles';
import { listDisbursements, listFunds } from '../services/list';

type Ctx = Context<FundsLoaders>;

const disbursementFilter = z.object({ fundId: uuid().nullish(), caseId: uuid().nullish(), personId: uuid().nullish() });

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
};
