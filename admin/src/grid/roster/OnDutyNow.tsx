import { Box, Card, CardContent, Chip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useGraphQLQuery } from '../../data/hooks';
import { ON_DUTY_NOW } from '../operations';
import { aside, labelled } from '../../format/punctuation';
import { shortDateTime } from './rosterTime';
import type { Shift } from './ShiftChip';

/** Who is on duty right now (onDutyNow), by kind of shift. */
export function OnDutyNow() {
  const translate = useTranslate();
  const { data } = useGraphQLQuery<{ onDutyNow: Shift[] }>(ON_DUTY_NOW);
  const shifts = data?.onDutyNow ?? [];
  return (
    <Card variant="outlined" data-testid="on-duty-now">
      <CardContent sx={{ py: 1, '&:last-child': { pb: 1 } }}>
        <Typography variant="subtitle2">{translate('onedoor.grid.roster.onDutyNow')}</Typography>
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mt: 0.5 }}>
          {shifts.length === 0 && (
            <Typography variant="body2" color="text.secondary">
              {translate('onedoor.grid.roster.nobodyOnDuty')}
            </Typography>
          )}
          {shifts.map((s) => (
            <Chip
              key={s.id}
              size="small"
              label={aside(
                translate,
                labelled(translate, translate(`enums.DutyShiftKind.${s.kind}`), s.person.name),
                translate('onedoor.grid.roster.until', { time: shortDateTime(s.endsAt) }),
              )}
            />
          ))}
        </Box>
      </CardContent>
    </Card>
  );
}
