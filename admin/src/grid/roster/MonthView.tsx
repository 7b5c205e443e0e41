import type { ReactNode } from 'react';
import { Box, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { todayInShanghai } from '../../format/time';
import { monthGrid, rosterDayOf } from './rosterTime';
import { type Shift, ShiftChip } from './ShiftChip';

export const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6];

/** Shifts grouped by the roster day they start on, in start order. */
export function byDay(shifts: readonly Shift[]): Map<string, Shift[]> {
  const days = new Map<string, Shift[]>();
  for (const s of [...shifts].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const day = rosterDayOf(s);
    days.set(day, [...(days.get(day) ?? []), s]);
  }
  return days;
}

/** What a view of the roster shows: its shifts, those in conflict, and what a click on one does. */
export interface RosterViewProps {
  shifts: readonly Shift[];
  conflictIds: ReadonlySet<string>;
  onSelect?: (shift: Shift) => void;
}

/** The roster's grid of cells, each cell a list of shifts. */
export function RosterTable({ testId, children }: { testId: string; children: ReactNode }) {
  return (
    <Table
      size="small"
      data-testid={testId}
      sx={{ tableLayout: 'fixed', '& td': { verticalAlign: 'top', p: 0.5, border: '1px solid #e0e0e0' } }}
    >
      {children}
    </Table>
  );
}

/** A month as a grid of days, Monday first, each day listing its shifts by person. */
export function MonthView({ month, shifts, conflictIds, onSelect }: RosterViewProps & { month: string }) {
  const translate = useTranslate();
  const days = byDay(shifts);
  const today = todayInShanghai();
  return (
    <RosterTable testId="duty-month">
      <TableHead>
        <TableRow>
          {WEEKDAYS.map((d) => (
            <TableCell key={d} align="center">
              {translate(`onedoor.grid.roster.weekdays.${d}`)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {monthGrid(month).map((week, w) => (
          <TableRow key={w}>
            {week.map((day, d) => (
              <TableCell
                key={day ?? `empty-${w}-${d}`}
                data-testid={day ? `duty-day-${day}` : undefined}
                sx={{ height: 110, bgcolor: day ? (day === today ? '#fffde7' : undefined) : '#fafafa' }}
              >
                {day && (
                  <>
                    <Box sx={{ fontWeight: day === today ? 700 : 400, fontSize: 13, mb: 0.5 }}>
                      {Number(day.slice(8))}
                    </Box>
                    {(days.get(day) ?? []).map((s) => (
                      <ShiftChip key={s.id} shift={s} conflict={conflictIds.has(s.id)} onClick={onSelect} />
                    ))}
                  </>
                )}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </RosterTable>
  );
}
