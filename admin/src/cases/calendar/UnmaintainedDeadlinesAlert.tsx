import { Alert, Button } from '@mui/material';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { useHasRole } from '../../auth/roles';
import { useGraphQLQuery } from '../../data/hooks';
import { SETTINGS_READERS } from '../roles';
import { UNMAINTAINED_CALENDAR_DEADLINES } from './operations';

/**
 * The centre's warning on the dashboard: open cases are due in years whose official holiday schedule is not
 * imported, so their deadlines may move (shown to the centre's readers; the calendar link to those who keep it).
 */
export function UnmaintainedDeadlinesAlert() {
  const translate = useTranslate();
  const keepsCalendar = useHasRole(...SETTINGS_READERS);
  const { data } = useGraphQLQuery<{ unmaintainedCalendarDeadlines: { year: number; openCases: number }[] }>(
    UNMAINTAINED_CALENDAR_DEADLINES,
  );
  const years = data?.unmaintainedCalendarDeadlines ?? [];
  if (years.length === 0) return null;
  return (
    <Alert
      severity="warning"
      sx={{ mb: 2 }}
      data-testid="calendar-unmaintained-deadlines"
      action={
        keepsCalendar ? (
          <Button color="inherit" size="small" component={Link} to="/working-calendar">
            {translate('onedoor.cases.calendar.openCalendar')}
          </Button>
        ) : undefined
      }
    >
      {translate('onedoor.cases.calendar.unmaintainedDeadlines', {
        years: years.map((y) => y.year).join('、'),
        count: years.reduce((sum, y) => sum + y.openCases, 0),
      })}
    </Alert>
  );
}
