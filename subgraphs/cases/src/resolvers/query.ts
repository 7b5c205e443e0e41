import { type CaseListFilter, createCasesRepository, createCaseWorkflowRepository } from '@onedoor/db';
import { type Context, type PageArgs, requireRole } from '@onedoor/subgraph-kit';
import type { CasesLoaders } from '../loaders';
import { deadlineBoard } from '../services/board';
import type { WarningColour } from '../services/clock';
import { type CaseOrder, listCases } from '../services/list-cases';
import { caseStatistics, type StatisticsFilter } from '../services/statistics';
import { trackCase } from '../services/tracking';
import { ANY_STAFF, READERS } from '../roles';
import { visibleCase } from './case';

type Ctx = Context<CasesLoaders>;
type ListArgs = PageArgs & { filter?: CaseListFilter | null; orderBy?: CaseOrder | null };

export const Query = {
  case(_: unknown, { id }: { id: string }, ctx: Ctx) {
    requireRole(ctx.viewer, ANY_STAFF, 'case');
    return visibleCase(ctx, id);
  },

  async caseByNumber(_: unknown, { number }: { number: string }, ctx: Ctx) {
    requireRole(ctx.viewer, ANY_STAFF, 'caseByNumber');
    const row = await createCasesRepository(ctx.db).findByNumber(number);
    return row ? visibleCase(ctx, row.id) : null;
  },

  cases(_: unknown, { filter, orderBy, ...page }: ListArgs, ctx: Ctx) {
    requireRole(ctx.viewer, ANY_STAFF, 'cases');
    return listCases(ctx, filter ?? {}, orderBy, page);
  },

  async categories(_: unknown, __: unknown, ctx: Ctx) {
    requireRole(ctx.viewer, ANY_STAFF, 'categories');
    const all = await createCasesRepository(ctx.db).allCategories();
    return all.filter((c) => !c.parentId);
  },

  /** Public: the code and the phone's last four digits must both match; only progress is shown. */
  trackCase: (_: unknown, args: { trackingCode: string; phoneLast4: string }, ctx: Ctx) => trackCase(ctx, args),

  async deadlineBoard(_: unknown, args: { unitId?: string | null; minimum?: WarningColour | null }, ctx: Ctx) {
    requireRole(ctx.viewer, [...READERS, 'HANDLER'], 'deadlineBoard');
    const rows = await deadlineBoard(ctx, args);
    return rows.map((r) => ({ ...r, unit: r.unitId ? { __typename: 'Organisation', id: r.unitId } : null }));
  },

  caseStatistics(_: unknown, { filter }: { filter: StatisticsFilter }, ctx: Ctx) {
    requireRole(ctx.viewer, [...READERS, 'HANDLER'], 'caseStatistics');
    return caseStatistics(ctx, filter);
  },

  async misroutingObjections(_: unknown, { from, to }: { from: Date; to: Date }, ctx: Ctx) {
    requireRole(ctx.viewer, READERS, 'misroutingObjections');
    const rows = await createCaseWorkflowRepository(ctx.db).objectionCounts(from, to);
    return rows.map((r) => ({ unit: { __typename: 'Organisation', id: r.organisationId }, count: r.count }));
  },

  async calendarDays(_: unknown, { from, to }: { from: string; to: string }, ctx: Ctx) {
    requireRole(ctx.viewer, ANY_STAFF, 'calendarDays');
    return createCaseWorkflowRepository(ctx.db).calendarDays(from, to);
  },

  caseRules(_: unknown, __: unknown, ctx: Ctx) {
    requireRole(ctx.viewer, ANY_STAFF, 'caseRules');
    return ctx.loaders.rules();
  },
};

export const CalendarDay = { date: (d: { day: string }) => d.day };
