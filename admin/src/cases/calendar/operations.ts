import { gql } from '@apollo/client';

/** The working calendar's maintained years and the import of an official schedule (calendar screen, dashboard). */
export const CALENDAR_YEARS = gql`
  query CalendarYears {
    calendarYears {
      year
      source
      maintainedAt
      holidays
      workdays
    }
  }
`;

export const UNMAINTAINED_CALENDAR_DEADLINES = gql`
  query UnmaintainedCalendarDeadlines {
    unmaintainedCalendarDeadlines {
      year
      openCases
    }
  }
`;

const IMPORT_RESULT = `
  years
  added { date kind name }
  removed { date kind name }
  changed { date before { kind name } after { kind name } }
  unchanged
  deadlinesMoved
  applied
`;

export const PREVIEW_CALENDAR_IMPORT = gql`
  mutation PreviewCalendarImport($input: ImportCalendarInput!) {
    previewCalendarImport(input: $input) { ${IMPORT_RESULT} }
  }
`;

export const IMPORT_CALENDAR = gql`
  mutation ImportCalendar($input: ImportCalendarInput!) {
    importCalendar(input: $input) { ${IMPORT_RESULT} }
  }
`;

export interface CalendarDayView {
  date: string;
  kind: string;
  name: string;
}

export interface CalendarImportView {
  years: number[];
  added: CalendarDayView[];
  removed: CalendarDayView[];
  changed: { date: string; before: { kind: string; name: string }; after: { kind: string; name: string } }[];
  unchanged: number;
  deadlinesMoved: number;
  applied: boolean;
}
