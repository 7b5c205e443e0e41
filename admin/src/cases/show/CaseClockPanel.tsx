import type { ReactNode } from 'react';
import { Box, Chip, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { formatDateTime } from '../../format/time';
import { CalendarYearsWarning } from '../calendar/CalendarYearsWarning';
import { DaysLeft } from '../DaysLeft';
import { WarningChip } from '../WarningChip';
import type { CaseHeaderRecord } from './CaseHeader';

/** The case's clock (办理时限) as the API derives it: period, start, deadline and its colour, running or stopped. */
export function CaseClockPanel() {
  const r = useRecordContext<CaseHeaderRecord>();
  const translate = useTranslate();
  if (!r) return null;
  const { clock } = r;
  const t = (key: string) => translate(`onedoor.cases.show.${key}`);
  const row = (label: string, value: ReactNode) => (
    <Box sx={{ display: 'flex', gap: 1 }}>
      <Typography variant="body2" color="text.secondary" sx={{ minWidth: 96 }}>
        {label}
      </Typography>
      <Typography variant="body2">{value}</Typography>
    </Box>
  );
  return (
    <Box data-testid="case-clock" sx={{ display: 'flex', flexDirection: 'column', gap: 0.5 }}>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', mb: 0.5 }}>
        <Chip
          size="small"
          label={clock.running ? t('running') : t('stopped')}
          color={clock.running ? 'success' : 'default'}
        />
        {clock.overdue && <Chip size="small" label={t('overdue')} color="error" />}
        <WarningChip colour={r.warning} />
        {clock.running && <CalendarYearsWarning years={clock.unmaintainedCalendarYears} />}
      </Box>
      {row(t('stage'), translate(`enums.ClockStage.${clock.stage}`))}
      {row(t('startedAt'), formatDateTime(clock.startedAt))}
      {row(t('deadline'), formatDateTime(clock.deadlineAt))}
      {clock.daysLeft !== null && row(t('daysLeft'), <DaysLeft days={clock.daysLeft} />)}
      {clock.addedDays > 0 && row(t('addedDays'), translate('onedoor.cases.show.days', { n: clock.addedDays }))}
      {clock.objectionWindowEndsAt && row(t('objectionWindowEndsAt'), formatDateTime(clock.objectionWindowEndsAt))}
    </Box>
  );
}
