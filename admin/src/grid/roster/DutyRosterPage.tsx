import { useState } from 'react';
import { Box, Card, CardContent, LinearProgress, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { Button, Title, useTranslate } from 'react-admin';
import { useHasRole } from '../../auth/roles';
import { useGraphQLQuery } from '../../data/hooks';
import { todayInShanghai } from '../../format/time';
import { DUTY_ROSTER } from '../operations';
import { ROSTER_EDITORS } from '../roles';
import { GenerateDutyDialog } from './GenerateDutyDialog';
import { MonthView } from './MonthView';
import { OnDutyNow } from './OnDutyNow';
import { type RosterCheck, RosterWarnings } from './RosterWarnings';
import { addDays, addMonths, monthPeriod, weekPeriod } from './rosterTime';
import type { Shift } from './ShiftChip';
import { DayDialogs, EditShiftDialog } from './ShiftDialogs';
import { WeekView } from './WeekView';

/** The duty roster (值班表): a month or a week of shifts with the roster check's conflicts and gaps. */
export function DutyRosterPage() {
  const translate = useTranslate();
  const mayEdit = useHasRole(...ROSTER_EDITORS);
  const [view, setView] = useState<'month' | 'week'>('month');
  const [day, setDay] = useState(todayInShanghai());
  const [selected, setSelected] = useState<Shift | null>(null);
  const month = day.slice(0, 7);
  const period = view === 'month' ? monthPeriod(month) : weekPeriod(day);
  const { data, isPending, error } = useGraphQLQuery<{ roster: RosterCheck }>(DUTY_ROSTER, {
    from: period.from,
    to: period.to,
  });
  const roster = data?.roster;
  const conflictIds = new Set((roster?.conflicts ?? []).flatMap((c) => c.shifts.map((s) => s.id)));
  const move = (n: number) => setDay(view === 'month' ? `${addMonths(month, n)}-01` : addDays(day, 7 * n));
  const heading =
    view === 'month'
      ? translate('onedoor.grid.roster.monthHeading', { year: month.slice(0, 4), month: Number(month.slice(5)) })
      : translate('onedoor.grid.roster.weekHeading', { from: period.first, to: addDays(period.first, 6) });

  return (
    <Box sx={{ mt: 1 }}>
      <Title title="onedoor.grid.roster.title" />
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
        <Button label="onedoor.grid.roster.previous" onClick={() => move(-1)} />
        <Typography variant="h6" data-testid="roster-heading">
          {heading}
        </Typography>
        <Button label="onedoor.grid.roster.next" onClick={() => move(1)} />
        <Button label="onedoor.grid.roster.today" onClick={() => setDay(todayInShanghai())} />
        <ToggleButtonGroup
          size="small"
          exclusive
          value={view}
          onChange={(_, v: 'month' | 'week' | null) => v && setView(v)}
        >
          <ToggleButton value="month">{translate('onedoor.grid.roster.monthView')}</ToggleButton>
          <ToggleButton value="week">{translate('onedoor.grid.roster.weekView')}</ToggleButton>
        </ToggleButtonGroup>
        <Box sx={{ flex: 1 }} />
        {mayEdit && (
          <>
            <GenerateDutyDialog month={month} />
            <DayDialogs day={day} />
          </>
        )}
      </Box>
      <Box sx={{ display: 'flex', gap: 2, mb: 2, flexWrap: 'wrap', '& > *': { flex: 1, minWidth: 320 } }}>
        <OnDutyNow />
        <Box>{roster && <RosterWarnings check={roster} />}</Box>
      </Box>
      <Card>
        <CardContent>
          {isPending && <LinearProgress />}
          {error && (
            <Typography color="error">
              {translate('onedoor.grid.failed', { reason: translate('onedoor.errors.UNKNOWN'), detail: error.message })}
            </Typography>
          )}
          {roster &&
            (view === 'month' ? (
              <MonthView month={month} shifts={roster.shifts} conflictIds={conflictIds} onSelect={setSelected} />
            ) : (
              <WeekView first={period.first} shifts={roster.shifts} conflictIds={conflictIds} onSelect={setSelected} />
            ))}
        </CardContent>
      </Card>
      <EditShiftDialog shift={selected} shifts={roster?.shifts ?? []} onClose={() => setSelected(null)} />
    </Box>
  );
}
