import { Alert, AlertTitle, Box } from '@mui/material';
import { useTranslate } from 'react-admin';
import { aside, labelled } from '../../format/punctuation';
import { hoursBetween, shortDateTime } from './rosterTime';
import type { Shift } from './ShiftChip';

export interface RosterCheck {
  shifts: Shift[];
  conflicts: { kind: string; person: { id: string; name: string }; shifts: { id: string }[] }[];
  gaps: { startsAt: string; endsAt: string }[];
}

/** The roster check's conflicts and gaps, in words; the conflicting shifts are also outlined on the calendar. */
export function RosterWarnings({ check }: { check: RosterCheck }) {
  const translate = useTranslate();
  const byId = new Map(check.shifts.map((s) => [s.id, s]));
  const describe = (id: string) => {
    const s = byId.get(id);
    return s ? `${translate(`enums.DutyShiftKind.${s.kind}`)} ${shortDateTime(s.startsAt)}` : '';
  };
  if (check.conflicts.length === 0 && check.gaps.length === 0) {
    return (
      <Alert severity="success" data-testid="roster-ok">
        {translate('onedoor.grid.roster.noProblems')}
      </Alert>
    );
  }
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      {check.conflicts.length > 0 && (
        <Alert severity="error" data-testid="roster-conflicts">
          <AlertTitle>{translate('onedoor.grid.roster.conflicts', { smart_count: check.conflicts.length })}</AlertTitle>
          {check.conflicts.map((c, i) => (
            <div key={i}>
              {aside(
                translate,
                labelled(translate, translate(`enums.DutyConflictKind.${c.kind}`), c.person.name),
                c.shifts
                  .map((s) => describe(s.id))
                  .filter(Boolean)
                  .join(translate('onedoor.common.itemSeparator')),
              )}
            </div>
          ))}
        </Alert>
      )}
      {check.gaps.length > 0 && (
        <Alert severity="warning" data-testid="roster-gaps">
          <AlertTitle>{translate('onedoor.grid.roster.gaps', { smart_count: check.gaps.length })}</AlertTitle>
          {check.gaps.map((g) => (
            <div key={g.startsAt}>
              {translate('onedoor.grid.roster.gap', {
                from: shortDateTime(g.startsAt),
                to: shortDateTime(g.endsAt),
                hours: hoursBetween(g.startsAt, g.endsAt),
              })}
            </div>
          ))}
        </Alert>
      )}
    </Box>
  );
}
