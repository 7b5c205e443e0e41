import { type Context, parseInput, requireRole, text, uuid } from '@onedoor/subgraph-kit';
import { z } from 'zod';
import type { CasesLoaders } from '../loaders';
import { changeCategory, createCategory, removeCalendarDay, setCalendarDay, updateCaseRules } from '../services/admin';

type Ctx = Context<CasesLoaders>;
const ADMIN = ['ADMIN'] as const;
const days = z.number().int().min(0).max(3650).nullish();
const rulesInput = z
  .object({
    registerDays: days,
    acceptDays: days,
    firstTimeDays: days,
    handleDays: days,
    maxExtensionDays: days,
    objectionWorkingDays: days,
    reexaminationRequestDays: days,
    reexaminationDays: days,
    reviewRequestDays: days,
    reviewDays: days,
    repeatLookbackDays: days,
    groupHeadCount: z.number().int().min(2).max(10_000).nullish(),
    blueDays: days,
    yellowDays: days,
  })
  .transform((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== null && v !== undefined)));
const calendarDay = z.object({ date: z.string(), kind: z.enum(['HOLIDAY', 'WORKDAY']), name: text(100) });

/** Admin-maintained configuration: the holiday calendar, the limits and thresholds, the category taxonomy. */
export const AdminMutation = {
  setCalendarDay(_: unknown, args: { input: unknown }, ctx: Ctx) {
    requireRole(ctx.viewer, ADMIN, 'setCalendarDay');
    return setCalendarDay(ctx, parseInput(calendarDay, args.input));
  },
  removeCalendarDay(_: unknown, args: { date: string }, ctx: Ctx) {
    requireRole(ctx.viewer, ADMIN, 'removeCalendarDay');
    return removeCalendarDay(ctx, args.date);
  },
  updateCaseRules(_: unknown, args: { input: unknown }, ctx: Ctx) {
    requireRole(ctx.viewer, ADMIN, 'updateCaseRules');
    return updateCaseRules(ctx, parseInput(rulesInput, args.input));
  },
  createCategory(_: unknown, args: { input: unknown }, ctx: Ctx) {
    requireRole(ctx.viewer, ADMIN, 'createCategory');
    return createCategory(
      ctx,
      parseInput(z.object({ code: text(32), name: text(100), parentId: uuid().nullish() }), args.input),
    );
  },
  renameCategory(_: unknown, args: { id: string; name: string }, ctx: Ctx) {
    requireRole(ctx.viewer, ADMIN, 'renameCategory');
    return changeCategory(ctx, args.id, { name: parseInput(text(100), args.name, 'name') }, 'renameCategory');
  },
  deactivateCategory(_: unknown, args: { id: string }, ctx: Ctx) {
    requireRole(ctx.viewer, ADMIN, 'deactivateCategory');
    return changeCategory(ctx, args.id, { active: false }, 'deactivateCategory');
  },
};
