import { defineMutation, requireRole } from '@onedoor/subgraph-kit';
import type { Resolvers } from '../generated/resolvers';
import { ADMINS, ANY_STAFF, READERS } from '../roles';
import { calendarDays, removeCalendarDay, setCalendarDay, updateCaseRules } from '../services/clock-settings';
import { calendarYears, importCalendar, unmaintainedDeadlines } from '../services/calendar-import';
import { importCalendarInput, removeCalendarDayArgs, setCalendarDayInput, updateCaseRulesInput } from './inputs';

/** What the case clocks run on: the holiday calendar and the limits and thresholds admins maintain. */
export const clockSettingsResolvers: Resolvers = {
  Query: {
    calendarDays(_, { from, to }, ctx) {
      requireRole(ctx.viewer, ANY_STAFF, 'calendarDays');
      return calendarDays({ ctx, from, to });
    },
    calendarYears(_, __, ctx) {
      requireRole(ctx.viewer, ANY_STAFF, 'calendarYears');
      return calendarYears(ctx);
    },
    unmaintainedCalendarDeadlines(_, __, ctx) {
      requireRole(ctx.viewer, READERS, 'unmaintainedCalendarDeadlines');
      return unmaintainedDeadlines(ctx);
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
    previewCalendarImport: defineMutation({
      roles: ADMINS,
      input: importCalendarInput,
      run: ({ ctx, input }) => importCalendar({ ctx, input, preview: true }),
    }),
    importCalendar: defineMutation({
      roles: ADMINS,
      input: importCalendarInput,
      run: ({ ctx, input }) => importCalendar({ ctx, input, preview: false }),
    }),
    updateCaseRules: defineMutation({
      roles: ADMINS,
      input: updateCaseRulesInput,
      renamedInput: true,
      run: updateCaseRules,
    }),
  },
  CalendarDay: { date: (row) => row.day },
  CalendarDayChange: { before: (row) => row.before, after: (row) => row.after },
};
