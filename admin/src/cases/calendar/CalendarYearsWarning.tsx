import { Chip, Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';

/**
 * A clock that reaches a year whose official holiday schedule nobody has imported: its deadline is counted on
 * weekends alone and may move when the year is imported (CaseClock.unmaintainedCalendarYears).
 */
export function CalendarYearsWarning({ years }: { years: readonly number[] | null | undefined }) {
  const translate = useTranslate();
  if (!years?.length) return null;
  const list = years.join('、');
  return (
    <Tooltip title={translate('onedoor.cases.calendar.unmaintainedHint', { years: list })}>
      <Chip
        size="small"
        color="warning"
        variant="outlined"
        data-testid="calendar-unmaintained"
        label={translate('onedoor.cases.calendar.unmaintained', { years: list })}
      />
    </Tooltip>
  );
}
