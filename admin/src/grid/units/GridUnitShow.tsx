import { Box, Breadcrumbs, Chip, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { Show, SimpleShowLayout, TextField, useTranslate } from 'react-admin';
import { DateTimeField, EnumField } from '../../format/fields';
import { GridUnitActions } from './GridUnitActions';
import { GridStaffRole } from '../../generated/enums';
import { FULL_RECORD } from '../../shared/fullRecord';
import { RecordPart } from '../../shared/ShowParts';
import { Aliases } from '../Aliases';
import { labelled } from '../../format/punctuation';

type Named = { id: string; name: string };
type Staff = { role: string; person: Named };
const STATS = ['total', 'open', 'closed', 'repeat', 'group'] as const;
type CaseStats = Record<(typeof STATS)[number], number>;

export interface UnitDetail {
  id: string;
  code: string;
  name: string;
  shortName: string | null;
  aliases: string[];
  level: string;
  // Absent while react-admin shows the list's row before the full record arrives.
  staff?: Staff[];
}

/** The units above it, each a link to its page, then its own name. */
function AncestorPath({ ancestors, name }: { ancestors: Named[]; name: string }) {
  return (
    <Breadcrumbs data-testid="grid-unit-path">
      {ancestors.map((a) => (
        <Link key={a.id} to={`/gridUnits/${a.id}/show`}>
          {a.name}
        </Link>
      ))}
      <Typography color="text.primary">{name}</Typography>
    </Breadcrumbs>
  );
}

/** The units directly below it, as chips linking to their pages. */
const ChildChips = ({ units }: { units: Named[] }) => (
  <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
    {units.map((c) => (
      <Chip key={c.id} component={Link} to={`/gridUnits/${c.id}/show`} clickable label={c.name} size="small" />
    ))}
  </Box>
);

/** Who holds each staff role of the unit, every role listed. */
function StaffTable({ staff }: { staff: Staff[] }) {
  const translate = useTranslate();
  return (
    <Table size="small" sx={{ maxWidth: 600 }}>
      <TableBody>
        {GridStaffRole.map((role) => {
          const people = staff.filter((s) => s.role === role).map((s) => s.person.name);
          return (
            <TableRow key={role}>
              <TableCell sx={{ width: 160 }}>{translate(`enums.GridStaffRole.${role}`)}</TableCell>
              <TableCell>{people.length ? people.join('、') : translate('onedoor.common.none')}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

/** Its cases of the last 30 days, by kind, as chips. */
function CaseStatChips({ stats }: { stats: CaseStats }) {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }} data-testid="grid-unit-case-stats">
      {STATS.map((k) => (
        <Chip
          key={k}
          variant="outlined"
          label={labelled(translate, translate(`onedoor.grid.units.stats.${k}`), stats[k])}
        />
      ))}
    </Box>
  );
}

/** One unit: where it sits, what is below it, who staffs it, and its cases of the last 30 days. */
export function GridUnitShow() {
  return (
    <Show queryOptions={FULL_RECORD} actions={<GridUnitActions />}>
      <SimpleShowLayout>
        <RecordPart
          source="ancestors"
          render={(ancestors: Named[], unit: UnitDetail) => <AncestorPath ancestors={ancestors} name={unit.name} />}
        />
        <TextField source="code" />
        <TextField source="name" />
        <TextField source="shortName" emptyText="—" />
        <Aliases source="aliases" />
        <EnumField source="level" enumName="GridLevel" />
        <DateTimeField source="createdAt" />
        <RecordPart source="children" noneWhenEmpty render={(units: Named[]) => <ChildChips units={units} />} />
        <RecordPart source="staff" render={(staff: Staff[]) => <StaffTable staff={staff} />} />
        <RecordPart source="caseStats" render={(stats: CaseStats) => <CaseStatChips stats={stats} />} />
      </SimpleShowLayout>
    </Show>
  );
}
