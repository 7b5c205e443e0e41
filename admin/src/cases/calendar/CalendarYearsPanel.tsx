import { Alert, Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useGraphQLQuery } from '../../data/hooks';
import { formatDateTime, todayInShanghai } from '../../format/time';
import { SimpleTable } from '../../shared/SimpleTable';
import { CALENDAR_YEARS } from './operations';

interface CalendarYear {
  year: number;
  source: string;
  maintainedAt: string;
  holidays: number;
  workdays: number;
}
const t = (key: string) => `onedoor.cases.calendar.${key}`;

/** Which years' official schedules the calendar holds, from what, and a warning for this year or next when missing. */
export function CalendarYearsPanel() {
  const translate = useTranslate();
  const { data } = useGraphQLQuery<{ calendarYears: CalendarYear[] }>(CALENDAR_YEARS);
  if (!data) return null;
  const years = data.calendarYears;
  const thisYear = Number(todayInShanghai().slice(0, 4));
  const missing = [thisYear, thisYear + 1].filter((y) => !years.some((m) => m.year === y));
  return (
    <Box sx={{ mb: 2 }} data-testid="calendar-years">
      <Typography variant="subtitle1" sx={{ mb: 1 }}>
        {translate(t('years'))}
      </Typography>
      {missing.length > 0 && (
        <Alert severity="warning" sx={{ mb: 1 }}>
          {translate(t('missingYears'), { years: missing.join('、') })}
        </Alert>
      )}
      <SimpleTable
        rows={years}
        rowKey={(y) => String(y.year)}
        columns={[
          { label: t('year'), value: (y) => y.year },
          { label: t('source'), value: (y) => y.source },
          { label: t('holidays'), value: (y) => y.holidays },
          { label: t('workdays'), value: (y) => y.workdays },
          { label: t('maintainedAt'), value: (y) => formatDateTime(y.maintainedAt) },
        ]}
      />
    </Box>
  );
}
