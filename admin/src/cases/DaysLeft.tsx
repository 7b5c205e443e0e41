import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/**
 * A clock's days left as the API counts them (`CaseClock.daysLeft`): "N days left", or "N days overdue" in red
 * once negative; nothing once the clock has stopped.
 */
export function DaysLeft({ days }: { days: number | null | undefined }) {
  const translate = useTranslate();
  if (days === null || days === undefined) return null;
  const overdue = days < 0;
  return (
    <Typography
      component="span"
      variant="body2"
      data-days-left={days}
      color={overdue ? 'error' : 'text.primary'}
      sx={{ fontWeight: overdue ? 600 : undefined, whiteSpace: 'nowrap' }}
    >
      {translate(overdue ? 'onedoor.cases.daysLeft.overdue' : 'onedoor.cases.daysLeft.left', {
        smart_count: Math.abs(days),
      })}
    </Typography>
  );
}
