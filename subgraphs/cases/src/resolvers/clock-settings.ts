import { defineMutation, requireRole } from '@onedoor/subgraph-kit';
import type { Resolvers } from '../generated/resolvers';
import { ADMINS, ANY_STAFF } from '../roles';
import { calendarDays, removeCalendarDay, setCalendarDay, updateCaseRules } from '../services/clock-settings';
import { removeCalendarDayArgs, setCalendarDayInput, updateCaseRulesInput } from './inputs';

/** What the case clocks run on: the holiday calendar and the limits and thresholds admins maintain. */
export const clockSettingsResolvers: Resolvers = {
  Query: {
    calendarDays(_, { from, to }, ctx) {
      requireRole(ctx.viewer, ANY_STAFF, 'calendarDays');
      return calendarDays({ ctx, from, to });
    },
    caseRules(_, __, ctx) {
      requireRole(ctx.viewer, ANY_STAFF, 'caseRules');
      return ctx.loaders.rules();
    },
  },
  Mutation: {
    setCalendarDay: defineMutation({
      roles: ADMINS,
      input: setCalendarDayInput,
      renamedInput: true,
      run: setCalendarDay,
    }),
    removeCalendarDay: defineMutation({
      roles: ADMINS,
      input: removeCalendarDayArgs,
      args: true,
      run: removeCalendarDay,
    }),
    updateCaseRules: defineMutation({
      roles: ADMINS,
      input: updateCaseRulesInput,
      renamedInput: true,
      run: updateCaseRules,
    }),
  },
  CalendarDay: { date: (row) => row.day },
};
