import { Box, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { EditButton, Show, SimpleShowLayout, TextField, useTranslate } from 'react-admin';
import { DateTimeField, EnumField } from '../../format/fields';
import { formatDateTime } from '../../format/time';
import { GRID_ADMINS } from '../roles';
import { RoleToolbar } from '../../shared/RoleToolbar';
import { FULL_RECORD } from '../../shared/fullRecord';
import { RecordLinkField, RecordPart } from '../../shared/ShowParts';
import { type Column, SimpleTable } from '../../shared/SimpleTable';
import { Aliases } from '../Aliases';
import { fieldNameOf } from '../../i18n/fieldNames';

interface Contact {
  name: string;
  title: string | null;
  phone: string | null;
}
interface OpenCases {
  totalCount: number;
  nodes: { id: string; number: string; title: string; status: string; deadlineAt: string }[];
}

const CONTACT_COLUMNS: Column<Contact>[] = (['name', 'title', 'phone'] as const).map((field) => ({
  label: `onedoor.grid.orgs.contact.${field}`,
  value: (contact) => contact[field],
}));

const ContactTable = ({ contacts }: { contacts: Contact[] }) => (
  <SimpleTable sx={{ maxWidth: 640 }} rows={contacts} rowKey={(_, i) => i} columns={CONTACT_COLUMNS} />
);

function OpenCaseList({ openCases }: { openCases: OpenCases }) {
  const translate = useTranslate();
  return (
    <Box data-testid="organisation-open-cases">
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate('onedoor.grid.orgs.openCount', { count: openCases.totalCount })}
      </Typography>
      <Table size="small">
        <TableBody>
          {openCases.nodes.map((c) => (
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

const field = fieldNameOf('organisations');

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
        <Aliases source="aliases" />
        <EnumField source="kind" enumName="OrganisationKind" />
        <RecordLinkField source="parent" resource="organisations" label={field('parent.name')} />
        <RecordLinkField source="gridUnit" resource="gridUnits" label={field('gridUnit.name')} />
        <TextField source="phone" emptyText="—" />
        <TextField source="address" emptyText="—" />
        <EnumField source="channels" enumName="RoutingChannel" chip />
        <RecordPart
          source="contacts"
          noneWhenEmpty
          render={(contacts: Contact[]) => <ContactTable contacts={contacts} />}
        />
        <DateTimeField source="createdAt" />
        <RecordPart source="openCases" render={(openCases: OpenCases) => <OpenCaseList openCases={openCases} />} />
      </SimpleShowLayout>
    </Show>
  );
}
