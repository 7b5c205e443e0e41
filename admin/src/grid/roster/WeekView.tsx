import { TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { byDay, RosterTable, type RosterViewProps } from './MonthView';
import { addDays, timeOf } from './rosterTime';
import { ShiftChip } from './ShiftChip';
import { DutyShiftKind } from '../../generated/enums';

/** A week from Monday: one row per kind of shift, one column per day, with times and people. */
export function WeekView({ first, shifts, conflictIds, onSelect }: RosterViewProps & { first: string }) {
  const translate = useTranslate();
  const days = Array.from({ length: 7 }, (_, i) => addDays(first, i));
  const grouped = byDay(shifts);
  return (
    <RosterTable testId="duty-week">
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: 120 }} />
          {days.map((day, i) => (
            <TableCell key={day} align="center">
              {translate(`onedoor.grid.roster.weekdays.${i}`)} {day.slice(5).replace('-', '/')}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {DutyShiftKind.map((kind) => (
          <TableRow key={kind}>
            <TableCell>{translate(`enums.DutyShiftKind.${kind}`)}</TableCell>
            {days.map((day) => (
              <TableCell key={day}>
                {(grouped.get(day) ?? [])
                  .filter((s) => s.kind === kind)
                  .map((s) => (
                    <div key={s.id}>
                      <ShiftChip shift={s} conflict={conflictIds.has(s.id)} onClick={onSelect} />
                      <span style={{ fontSize: 11, color: '#666' }}>
                        {timeOf(s.startsAt)}–{timeOf(s.endsAt)}
                      </span>
                    </div>
                  ))}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </RosterTable>
  );
}
