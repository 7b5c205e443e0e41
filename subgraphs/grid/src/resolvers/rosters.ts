import {
  DUTY_SHIFT_KINDS,
  type DutyLeaveRow,
  type DutyShiftRow,
  type DutySwapRow,
  ORGANISATION_KINDS,
  RESIDENCY_MODES,
  type ResidencyRow,
} from '@onedoor/db';
import { type Context, optionalText, parseInput, requireRole, text, uuid } from '@onedoor/subgraph-kit';
import { z } from 'zod';
import type { GridLoaders } from '../loaders';
import type { DutyConflict } from '../services/duty-rules';
import { checkDutyRoster, exportDutyCalendar, onDuty } from '../services/duty-queries';
import {
  addDutyShift,
  generateDutyMonth,
  recordDutyLeave,
  removeDutyShift,
  swapDutyShifts,
  updateDutyShift,
} from '../services/duty-roster';
import { addResidency, planMonthlyRotation, residentsOn } from '../services/residency';

type Ctx = Context<GridLoaders>;

/** Everyone on the staff may see who is resident and on duty; a partner agency's API client may not. */
const ROSTER_READERS = [
  'ADMIN',
  'CENTRE_STAFF',
  'LEADER',
  'HANDLER',
  'MEDIATOR',
  'AUDITOR',
  'FUND_OFFICER',
  'FUND_APPROVER',
] as const;
const RESIDENCY_PLANNERS = ['ADMIN', 'CENTRE_STAFF', 'LEADER'] as const;
const ROSTER_EDITORS = ['ADMIN', 'CENTRE_STAFF'] as const;

const month = () => z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month written YYYY-MM');
const HOUR = 3_600_000;
/** The end of a span must follow its start, within `maxHours`; the error names `endsAt`. */
const endsAfterStart = (maxHours: number) => (v: { startsAt: Date; endsAt: Date }, c: z.RefinementCtx) => {
  if (v.endsAt <= v.startsAt) c.addIssue({ code: 'custom', message: 'must be after startsAt', path: ['endsAt'] });
  else if (v.endsAt.getTime() - v.startsAt.getTime() > maxHours * HOUR)
    c.addIssue({ code: 'custom', message: `must be at most ${maxHours} hours after startsAt`, path: ['endsAt'] });
};

const people = () => z.array(uuid()).max(100, 'at most 100 people');
const generateInput = z.object({
  month: month(),
  workHours: people(),
  noon: people(),
  night: people(),
  weekendDay: people(),
  weekendLeaders: people(),
  replace: z
    .boolean()
    .nullish()
    .transform((v) => v ?? false),
});
const addShiftInput = z
  .object({
    kind: z.enum(DUTY_SHIFT_KINDS),
    personId: uuid(),
    startsAt: z.date(),
    endsAt: z.date(),
    note: optionalText(200),
  })
  .superRefine(endsAfterStart(72));
const updateShiftInput = z
  .object({
    id: uuid(),
    version: z.number().int(),
    personId: uuid().nullish(),
    startsAt: z.date().nullish(),
    endsAt: z.date().nullish(),
    note: optionalText(200),
  })
  .refine((v) => !v.startsAt || !v.endsAt || v.endsAt > v.startsAt, {
    message: 'must be after startsAt',
    path: ['endsAt'],
  });
const removeShiftInput = z.object({ id: uuid(), version: z.number().int() });
const swapInput = z.object({ firstShiftId: uuid(), secondShiftId: uuid(), reason: optionalText(200) });
const leaveInput = z
  .object({ personId: uuid(), startsAt: z.date(), endsAt: z.date(), reason: optionalText(200) })
  .superRefine(endsAfterStart(24 * 366));
const residencyInput = z.object({
  organisationId: uuid(),
  mode: z.enum(RESIDENCY_MODES),
  window: optionalText(40).transform((v) => v || null),
  startsOn: z.string(),
  endsOn: z.string().nullish(),
});
const rotationInput = z.object({
  month: month(),
  count: z
    .number()
    .int()
    .min(1)
    .max(20)
    .nullish()
    .transform((v) => v ?? 4),
  kinds: z
    .array(z.enum(ORGANISATION_KINDS))
    .min(1)
    .nullish()
    .transform((v) => v ?? ['DEPARTMENT' as const]),
  lookBackMonths: z
    .number()
    .int()
    .min(1)
    .max(12)
    .nullish()
    .transform((v) => v ?? 3),
  windows: z
    .array(text(40))
    .max(20)
    .nullish()
    .transform((v) => v ?? []),
});

const person = (id: string) => ({ __typename: 'Person', id });

export const rosterResolvers = {
  Query: {
    residentsOn: (_: unknown, args: { date: string }, ctx: Ctx) => {
      requireRole(ctx.viewer, ROSTER_READERS, 'residentsOn');
      return residentsOn({ date: args.date, ctx });
    },
    onDutyNow: (_: unknown, __: unknown, ctx: Ctx) => {
      requireRole(ctx.viewer, ROSTER_READERS, 'onDutyNow');
      return onDuty({ at: ctx.clock.now(), ctx });
    },
    onDuty: (_: unknown, args: { at: Date }, ctx: Ctx) => {
      requireRole(ctx.viewer, ROSTER_READERS, 'onDuty');
      return onDuty({ at: args.at, ctx });
    },
    dutyRosterCheck: (_: unknown, args: { from: Date; to: Date }, ctx: Ctx) => {
      requireRole(ctx.viewer, ROSTER_READERS, 'dutyRosterCheck');
      return checkDutyRoster({ range: { startsAt: args.from, endsAt: args.to }, ctx });
    },
    dutyCalendar: (_: unknown, args: { from: Date; to: Date; personId?: string | null }, ctx: Ctx) => {
      requireRole(ctx.viewer, ROSTER_READERS, 'dutyCalendar');
      return exportDutyCalendar({
        range: { startsAt: args.from, endsAt: args.to },
        personId: parseInput(uuid().nullish(), args.personId, 'personId') ?? null,
        ctx,
      });
    },
  },
  Mutation: {
    addResidency: (_: unknown, args: { input: unknown }, ctx: Ctx) => {
      requireRole(ctx.viewer, RESIDENCY_PLANNERS, 'addResidency');
      return addResidency({ input: parseInput(residencyInput, args.input), ctx });
    },
    planMonthlyRotation: (_: unknown, args: { input: unknown }, ctx: Ctx) => {
      requireRole(ctx.viewer, RESIDENCY_PLANNERS, 'planMonthlyRotation');
      return planMonthlyRotation({ input: parseInput(rotationInput, args.input), ctx });
    },
    generateDutyMonth: (_: unknown, args: { input: unknown }, ctx: Ctx) => {
      requireRole(ctx.viewer, ROSTER_EDITORS, 'generateDutyMonth');
      return generateDutyMonth({ rule: parseInput(generateInput, args.input), ctx });
    },
    addDutyShift: (_: unknown, args: { input: unknown }, ctx: Ctx) => {
      requireRole(ctx.viewer, ROSTER_EDITORS, 'addDutyShift');
      return addDutyShift({ input: parseInput(addShiftInput, args.input), ctx });
    },
    updateDutyShift: (_: unknown, args: { input: unknown }, ctx: Ctx) => {
      requireRole(ctx.viewer, ROSTER_EDITORS, 'updateDutyShift');
      return updateDutyShift({ input: parseInput(updateShiftInput, args.input), ctx });
    },
    removeDutyShift: (_: unknown, args: { input: unknown }, ctx: Ctx) => {
      requireRole(ctx.viewer, ROSTER_EDITORS, 'removeDutyShift');
      return removeDutyShift({ input: parseInput(removeShiftInput, args.input), ctx });
    },
    // The approver of a swap is whoever performs it, so only leaders (and administrators) may.
    swapDutyShifts: (_: unknown, args: { input: unknown }, ctx: Ctx) => {
      requireRole(ctx.viewer, ['ADMIN', 'LEADER'], 'swapDutyShifts');
      return swapDutyShifts({ input: parseInput(swapInput, args.input), ctx });
    },
    recordDutyLeave: (_: unknown, args: { input: unknown }, ctx: Ctx) => {
      requireRole(ctx.viewer, ROSTER_EDITORS, 'recordDutyLeave');
      return recordDutyLeave({ input: parseInput(leaveInput, args.input), ctx });
    },
  },
  types: {
    Residency: {
      organisation: (r: ResidencyRow, _: unknown, ctx: Ctx) => ctx.loaders.organisationById.load(r.organisationId),
    },
    DutyShift: {
      person: (s: DutyShiftRow) => person(s.personId),
      swaps: (s: DutyShiftRow, _: unknown, ctx: Ctx) => ctx.loaders.dutySwapsOfShift.load(s.id),
    },
    DutySwap: {
      firstShift: (s: DutySwapRow, _: unknown, ctx: Ctx) => ctx.loaders.dutyShiftById.load(s.firstShiftId),
      secondShift: (s: DutySwapRow, _: unknown, ctx: Ctx) => ctx.loaders.dutyShiftById.load(s.secondShiftId),
      firstPerson: (s: DutySwapRow) => person(s.firstPersonId),
      secondPerson: (s: DutySwapRow) => person(s.secondPersonId),
      approvedBy: (s: DutySwapRow) => ({ __typename: 'Account', id: s.approvedByAccountId }),
    },
    DutyLeave: {
      person: (l: DutyLeaveRow) => person(l.personId),
    },
    DutyConflict: {
      person: (c: DutyConflict) => person(c.personId),
      shifts: (c: DutyConflict, _: unknown, ctx: Ctx) => ctx.loaders.dutyShiftById.loadMany(c.shiftIds),
    },
  },
};
