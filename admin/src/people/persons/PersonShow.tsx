import { Typography } from '@mui/material';
import {
  ArrayField,
  Datagrid,
  Labeled,
  Show,
  SimpleShowLayout,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateTimeField, DayField, EnumField } from '../../format/fields';
import { ADD_POOL_MEMBER_FORM } from '../pools/AddPoolMemberDialog';
import { CREATE_ACCOUNT_FORM } from '../accounts/CreateAccountDialog';
import { CasesField, SpecialtiesField } from '../fields';
import { RecordToolbar } from '../../shared/RecordDialogs';
import { FULL_RECORD } from '../../shared/fullRecord';

const FORMS = [ADD_POOL_MEMBER_FORM, CREATE_ACCOUNT_FORM];

function Section({ title }: { title: string }) {
  const translate = useTranslate();
  return (
    <Typography variant="h6" sx={{ mt: 2 }}>
      {translate(title)}
    </Typography>
  );
}

/** The cases this person brought, each linking to the case page of the cases module. */
function PersonCases() {
  const record = useRecordContext<{ cases?: { totalCount: number } }>();
  const translate = useTranslate();
  return (
    <>
      <Section title="onedoor.people.person.casesTitle" />
      <Typography variant="body2" color="text.secondary">
        {translate('onedoor.people.person.casesCount', { count: record?.cases?.totalCount ?? 0 })}
      </Typography>
      <CasesField source="cases.nodes" />
    </>
  );
}

function Memberships() {
  const translate = useTranslate();
  return (
    <>
      <Section title="onedoor.people.person.membershipsTitle" />
      <ArrayField source="poolMemberships" label={false}>
        <Datagrid
          bulkActionButtons={false}
          rowClick={(id) => `/mediators/${id}/show`}
          empty={<Typography variant="body2">{translate('onedoor.common.empty')}</Typography>}
        >
          <EnumField source="pool" enumName="Pool" label="resources.mediators.fields.pool" />
          <EnumField source="status" enumName="MediatorStatus" label="resources.mediators.fields.status" />
          <SpecialtiesField label="resources.mediators.fields.specialties" />
          <DayField source="joinedOn" label="resources.mediators.fields.joinedOn" />
        </Datagrid>
      </ArrayField>
    </>
  );
}

function MergedFrom() {
  const record = useRecordContext<{ mergedFrom?: { id: string; name: string; createdAt: string }[] }>();
  const translate = useTranslate();
  if (!record?.mergedFrom?.length) return null;
  return (
    <>
      <Section title="onedoor.people.person.mergedFromTitle" />
      <Typography variant="body2">{record.mergedFrom.map((m) => m.name).join('、')}</Typography>
      <Typography variant="caption" color="text.secondary">
        {translate('onedoor.people.person.mergedFromHint')}
      </Typography>
    </>
  );
}

/** A person: identifiers as the API shows them to this role (masked or not), memberships and cases. */
export function PersonShow() {
  return (
    <Show queryOptions={FULL_RECORD} actions={<RecordToolbar forms={FORMS} />}>
      <SimpleShowLayout>
        <TextField source="name" />
        <EnumField source="gender" enumName="Gender" />
        <TextField source="phone" emptyText="onedoor.common.none" />
        <TextField source="nationalId" emptyText="onedoor.common.none" />
        <DayField source="birthDate" />
        <TextField source="address" emptyText="onedoor.common.none" />
        <Labeled source="vulnerabilities">
          <EnumField source="vulnerabilities" enumName="Vulnerability" chip />
        </Labeled>
        <DateTimeField source="createdAt" />
        <Memberships />
        <PersonCases />
        <MergedFrom />
      </SimpleShowLayout>
    </Show>
  );
}
