import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { EditButton, Labeled, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeField, EnumField } from '../../format/fields';
import { formatDateTime } from '../../format/time';
import { GRID_ADMINS } from '../roles';
import { RoleToolbar } from '../../shared/RoleToolbar';
import { FULL_RECORD } from '../../shared/fullRecord';
import { Aliases } from '../Aliases';

interface OrgDetail {
  id: string;
  gridUnit: { id: string; name: string } | null;
  parent: { id: string; name: string } | null;
  // Absent while react-admin shows the list's row before the full record arrives.
  contacts?: { name: string; title: string | null; phone: string | null }[];
  openCases?: {
    totalCount: number;
    nodes: { id: string; number: string; title: string; status: string; deadlineAt: string }[];
  };
}

function RefLink({ which }: { which: 'gridUnit' | 'parent' }) {
  const org = useRecordContext<OrgDetail>();
  const translate = useTranslate();
  const ref = org?.[which];
  if (!ref) return <span>{translate('onedoor.common.none')}</span>;
  return <Link to={`/${which === 'gridUnit' ? 'gridUnits' : 'organisations'}/${ref.id}/show`}>{ref.name}</Link>;
}

function Contacts() {
  const org = useRecordContext<OrgDetail>();
  const translate = useTranslate();
  if (!org?.contacts) return null;
  if (org.contacts.length === 0) return <Typography variant="body2">{translate('onedoor.common.none')}</Typography>;
  return (
    <Table size="small" sx={{ maxWidth: 640 }}>
      <TableHead>
        <TableRow>
          {['name', 'title', 'phone'].map((f) => (
            <TableCell key={f}>{translate(`onedoor.grid.orgs.contact.${f}`)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {org.contacts.map((c, i) => (
          <TableRow key={i}>
            <TableCell>{c.name}</TableCell>
            <TableCell>{c.title}</TableCell>
            <TableCell>{c.phone}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function OpenCases() {
  const org = useRecordContext<OrgDetail>();
  const translate = useTranslate();
  if (!org?.openCases) return null;
  return (
    <Box data-testid="organisation-open-cases">
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate('onedoor.grid.orgs.openCount', { count: org.openCases.totalCount })}
      </Typography>
      <Table size="small">
        <TableBody>
          {org.openCases.nodes.map((c) => (
            <TableRow key={c.id}>
              <TableCell>
                <Link to={`/cases/${c.id}/show`}>{c.number}</Link>
              </TableCell>
              <TableCell>{c.title}</TableCell>
              <TableCell>{translate(`enums.CaseStatus.${c.status}`)}</TableCell>
              <TableCell>{formatDateTime(c.deadlineAt)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}

/** One organisation: where it serves, how cases reach it, whom to call, and its open cases. */
export function OrganisationShow() {
  return (
    <Show
      queryOptions={FULL_RECORD}
      actions={
        <RoleToolbar buttons={[[GRID_ADMINS, <EditButton key="edit" label="onedoor.grid.orgs.editProfile" />]]} />
      }
    >
      <SimpleShowLayout>
        <TextField source="code" />
        <TextField source="name" />
        <TextField source="shortName" emptyText="—" />
        <Labeled label="resources.organisations.fields.aliases">
          <Aliases />
        </Labeled>
        <EnumField source="kind" enumName="OrganisationKind" />
        <Labeled label="resources.organisations.fields.parent.name">
          <RefLink which="parent" />
        </Labeled>
        <Labeled label="resources.organisations.fields.gridUnit.name">
          <RefLink which="gridUnit" />
        </Labeled>
        <TextField source="phone" emptyText="—" />
        <TextField source="address" emptyText="—" />
        <EnumField source="channels" enumName="RoutingChannel" chip />
        <Labeled label="resources.organisations.fields.contacts">
          <Contacts />
        </Labeled>
        <DateTimeField source="createdAt" />
        <Labeled label="resources.organisations.fields.openCases">
          <OpenCases />
        </Labeled>
      </SimpleShowLayout>
    </Show>
  );
}
