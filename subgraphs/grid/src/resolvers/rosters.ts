import { HOUR_MS } from '@onedoor/db';
import { DUTY_SHIFT_KINDS, ORGANISATION_KINDS, RESIDENCY_MODES } from '@onedoor/db/grid';
import { defineMutation, optionalText, parseInput, pattern, refusal, text, uuid } from '@onedoor/subgraph-kit';
import { z } from 'zod';
import type { Resolvers } from '../generated/resolvers';
import { referenced, referencedOne } from '../loaders';
import { CENTRE, CENTRE_OFFICE, ROSTER_READERS, SWAP_APPROVERS } from '../roles';
import { generateDutyMonth } from '../services/duty-month';
import { checkDutyRoster, exportDutyCalendar, onDuty } from '../services/duty-queries';
import {
  addDutyShift,
  recordDutyLeave,
  removeDutyShift,
  swapDutyShifts,
  updateDutyShift,
} from '../services/duty-shifts';
import { addResidency, planMonthlyRotation, residentsOn } from '../services/residency';
import { defineQuery } from './queries';

const month = () => pattern(/^\d{4}-(0[1-9]|1[0-2])$/, 'MONTH_FORMAT', 'must be a month written YYYY-MM');
const endsBeforeStart = refusal('ENDS_BEFORE_START', 'must be after startsAt', { start: 'startsAt' });
/** The end of a span must follow its start, within `maxHours`; the error names `endsAt`. */
const endsAfterStart = (maxHours: number) => (v: { startsAt: Date; endsAt: Date }, c: z.RefinementCtx) => {
  if (v.endsAt <= v.startsAt) c.addIssue({ code: 'custom', ...endsBeforeStart, path: ['endsAt'] });
  else if (v.endsAt.getTime() - v.startsAt.getTime() > maxHours * HOUR_MS)
    c.addIssue({
      code: 'custom',
      ...refusal('SPAN_TOO_LONG', `must be at most ${maxHours} hours after startsAt`, { maxHours }),
      path: ['endsAt'],
    });
};
/** An optional list argument with its default when left out. */
const withDefault = <T extends z.ZodType>(schema: T, fallback: z.infer<T>) =>
  schema.nullish().transform((v) => v ?? fallback);

const people = () => z.array(uuid()).max(100, 'at most 100 people');
const generateInput = z.object({
  month: month(),
  workHours: people(),
  noon: people(),
  night: people(),
  weekendDay: people(),
  weekendLeaders: people(),
  replace: withDefault(z.boolean(), false),
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
  .refine((v) => !v.startsAt || !v.endsAt || v.endsAt > v.startsAt, { ...endsBeforeStart, path: ['endsAt'] });
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
  count: withDefault(z.number().int().min(1).max(20), 4),
  kinds: withDefault(z.array(z.enum(ORGANISATION_KINDS)).min(1), ['DEPARTMENT']),
  lookBackMonths: withDefault(z.number().int().min(1).max(12), 3),
  windows: withDefault(z.array(text(40)).max(20), []),
});

const person = (id: string) => ({ __typename: 'Person' as const, id });

/** Residency (入驻) and duty (值班) rosters of the centre. */
export const rosterResolvers: Resolvers = {
  Query: {
    residentsOn: defineQuery({ roles: ROSTER_READERS, run: ({ ctx, args }) => residentsOn({ date: args.date, ctx }) }),
    onDutyNow: defineQuery({ roles: ROSTER_READERS, run: ({ ctx }) => onDuty({ at: ctx.clock.now(), ctx }) }),
    onDuty: defineQuery({ roles: ROSTER_READERS, run: ({ ctx, args }) => onDuty({ at: args.at, ctx }) }),
    dutyRosterCheck: defineQuery({
      roles: ROSTER_READERS,
      run: ({ ctx, args }) => checkDutyRoster({ range: { startsAt: args.from, endsAt: args.to }, ctx }),
    }),
    dutyCalendar: defineQuery({
      roles: ROSTER_READERS,
      run: ({ ctx, args }) =>
        exportDutyCalendar({
          range: { startsAt: args.from, endsAt: args.to },
          personId: parseInput(uuid().nullish(), args.personId, 'personId') ?? null,
          ctx,
        }),
    }),
  },
  Mutation: {
    addResidency: defineMutation({
      roles: CENTRE,
      input: residencyInput,
      run: addResidency,
    }),
    planMonthlyRotation: defineMutation({
      roles: CENTRE,
      input: rotationInput,
      run: planMonthlyRotation,
    }),
    generateDutyMonth: defineMutation({
      roles: CENTRE_OFFICE,
      input: generateInput,
      run: generateDutyMonth,
    }),
    addDutyShift: defineMutation({
      roles: CENTRE_OFFICE,
      input: addShiftInput,
      run: addDutyShift,
    }),
    updateDutyShift: defineMutation({
      roles: CENTRE_OFFICE,
      input: updateShiftInput,
      run: updateDutyShift,
    }),
    removeDutyShift: defineMutation({
      roles: CENTRE_OFFICE,
      input: removeShiftInput,
      run: removeDutyShift,
    }),
    swapDutyShifts: defineMutation({
      roles: SWAP_APPROVERS,
      input: swapInput,
      run: swapDutyShifts,
    }),
    recordDutyLeave: defineMutation({
      roles: CENTRE_OFFICE,
      input: leaveInput,
      run: recordDutyLeave,
    }),
  },
  Residency: {
    organisation: (r, _, ctx) => referencedOne(ctx.loaders.organisationById, r.organisationId),
  },
  DutyShift: {
    person: (s) => person(s.personId),
    swaps: (s, _, ctx) => ctx.loaders.dutySwapsOfShift.load(s.id),
  },
  DutySwap: {
    firstShift: (s, _, ctx) => referencedOne(ctx.loaders.dutyShiftById, s.firstShiftId),
    secondShift: (s, _, ctx) => referencedOne(ctx.loaders.dutyShiftById, s.secondShiftId),
    firstPerson: (s) => person(s.firstPersonId),
    secondPerson: (s) => person(s.secondPersonId),
    approvedBy: (s) => ({ __typename: 'Account', id: s.approvedByAccountId }),
  },
  DutyLeave: {
    person: (l) => person(l.personId),
  },
  DutyConflict: {
    person: (c) => person(c.personId),
    shifts: (c, _, ctx) => referenced(ctx.loaders.dutyShiftById, c.shiftIds),
  },
};
