import { Box, Breadcrumbs, Chip, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { Labeled, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeField, EnumField } from '../../format/fields';
import { GridUnitActions } from './GridUnitActions';
import { GridStaffRole } from '../../generated/enums';
import { FULL_RECORD } from '../../shared/fullRecord';
import { Aliases } from '../Aliases';
import { labelled } from '../../format/punctuation';

export interface UnitDetail {
  id: string;
  code: string;
  name: string;
  shortName: string | null;
  aliases: string[];
  level: string;
  // The detail fields are absent while react-admin shows the list's row before the full record arrives.
  ancestors?: { id: string; name: string; level: string }[];
  children?: { id: string; code: string; name: string; level: string }[];
  staff?: { role: string; person: { id: string; name: string } }[];
  caseStats?: { total: number; open: number; repeat: number; group: number; closed: number };
}

function AncestorPath() {
  const unit = useRecordContext<UnitDetail>();
  if (!unit?.ancestors) return null;
  return (
    <Breadcrumbs data-testid="grid-unit-path">
      {unit.ancestors.map((a) => (
        <Link key={a.id} to={`/gridUnits/${a.id}/show`}>
          {a.name}
        </Link>
      ))}
      <Typography color="text.primary">{unit.name}</Typography>
    </Breadcrumbs>
  );
}

function Children() {
  const unit = useRecordContext<UnitDetail>();
  const translate = useTranslate();
  if (!unit?.children) return null;
  if (unit.children.length === 0) return <Typography variant="body2">{translate('onedoor.common.none')}</Typography>;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
      {unit.children.map((c) => (
        <Chip key={c.id} component={Link} to={`/gridUnits/${c.id}/show`} clickable label={c.name} size="small" />
      ))}
    </Box>
  );
}

function Staff() {
  const unit = useRecordContext<UnitDetail>();
  const translate = useTranslate();
  const staff = unit?.staff;
  if (!staff) return null;
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

function CaseStats() {
  const unit = useRecordContext<UnitDetail>();
  const translate = useTranslate();
  const stats = unit?.caseStats;
  if (!stats) return null;
  return (
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }} data-testid="grid-unit-case-stats">
      {(['total', 'open', 'closed', 'repeat', 'group'] as const).map((k) => (
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
        <Labeled label="resources.gridUnits.fields.ancestors">
          <AncestorPath />
        </Labeled>
        <TextField source="code" />
        <TextField source="name" />
        <TextField source="shortName" emptyText="—" />
        <Labeled label="resources.gridUnits.fields.aliases">
          <Aliases />
        </Labeled>
        <EnumField source="level" enumName="GridLevel" />
        <DateTimeField source="createdAt" />
        <Labeled label="resources.gridUnits.fields.children">
          <Children />
        </Labeled>
        <Labeled label="resources.gridUnits.fields.staff">
          <Staff />
        </Labeled>
        <Labeled label="resources.gridUnits.fields.caseStats">
          <CaseStats />
        </Labeled>
      </SimpleShowLayout>
    </Show>
  );
}
