import { Chip, Typography } from '@mui/material';
import {
  ArrayField,
  BooleanField,
  Datagrid,
  FunctionField,
  Labeled,
  NumberField,
  Show,
  TabbedShowLayout,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { DateTimeField, DayField, EnumField } from '../../format/fields';
import { formatDate } from '../../format/time';
import { useHasRole } from '../../auth/roles';
import { MediatorShowActions } from './MediatorActions';
import {
  CasesField,
  type CertificationRow,
  expiryLevel,
  ListField,
  MediatorStatusField,
  NamesField,
  SpecialtiesField,
  WeekdaysField,
} from '../fields';
import { ACCOUNT_READERS } from '../roles';
import { FULL_RECORD } from '../../shared/fullRecord';
import { aside } from '../../format/punctuation';

const EMPTY = <Typography variant="body2">—</Typography>;

function PersonLink() {
  const record = useRecordContext<{ person: { id: string; name: string } }>();
  return record ? <Link to={`/persons/${record.person.id}/show`}>{record.person.name}</Link> : null;
}

function CertificationCell(_: { label?: string }) {
  const cert = useRecordContext<CertificationRow>();
  const translate = useTranslate();
  if (!cert) return null;
  if (!cert.expiresOn) return <span>{translate('onedoor.people.cert.noExpiry')}</span>;
  const level = expiryLevel(cert);
  const date = formatDate(cert.expiresOn);
  if (level === 'ok') return <span>{date}</span>;
  return (
    <Chip
      size="small"
      color={level === 'expired' ? 'error' : 'warning'}
      label={translate(level === 'expired' ? 'onedoor.people.cert.expiredShort' : 'onedoor.people.cert.soonShort', {
        date,
      })}
    />
  );
}

function Rate({ source }: { source: string; label?: string }) {
  const record = useRecordContext<Record<string, Record<string, number | null>>>();
  const value = record?.performance?.[source];
  return (
    <span>
      {value === null || value === undefined
        ? '—'
        : source === 'successRate'
          ? `${Math.round(value * 100)}%`
          : value.toFixed(1)}
    </span>
  );
}

/** Who changed a status: the account (a link for the roles that may read accounts) or the system's import. */
function ActorField(_: { label?: string }) {
  const change = useRecordContext<{ actor: { id: string; username: string; person: { name: string } } | null }>();
  const translate = useTranslate();
  const canRead = useHasRole(...ACCOUNT_READERS);
  if (!change?.actor) return <span>{translate('onedoor.people.member.system')}</span>;
  const text = aside(translate, change.actor.person.name, change.actor.username);
  return canRead ? <Link to={`/accounts/${change.actor.id}`}>{text}</Link> : <span>{text}</span>;
}

/** A pool member: profile, certificates, availability, performance and workload, and the actions the role may take. */
export function MediatorShow() {
  return (
    <Show queryOptions={FULL_RECORD} actions={<MediatorShowActions />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="onedoor.people.member.tabProfile">
          <Labeled label="resources.mediators.fields.person.name">
            <PersonLink />
          </Labeled>
          <EnumField source="pool" enumName="Pool" />
          <Labeled label="resources.mediators.fields.status">
            <MediatorStatusField />
          </Labeled>
          <BooleanField source="fullTime" />
          <Labeled label="resources.mediators.fields.specialties">
            <SpecialtiesField />
          </Labeled>
          <ListField source="languages" />
          <TextField source="studio" emptyText="onedoor.common.none" />
          <TextField source="organisation.name" emptyText="onedoor.common.none" />
          <NamesField source="gridUnits" />
          <DayField source="joinedOn" />
          <ArrayField source="certifications">
            <Datagrid bulkActionButtons={false} empty={EMPTY}>
              <TextField source="name" label="onedoor.people.cert.name" />
              <CertificationCell label="onedoor.people.cert.expiresOn" />
            </Datagrid>
          </ArrayField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="onedoor.people.member.tabAvailability" path="availability">
          <Labeled label="resources.mediators.fields.weekdays">
            <WeekdaysField />
          </Labeled>
          <ArrayField source="availabilityExceptions">
            <Datagrid bulkActionButtons={false} empty={EMPTY}>
              <EnumField source="kind" enumName="AvailabilityExceptionKind" label="onedoor.people.exception.kind" />
              <DayField source="from" label="onedoor.people.exception.from" />
              <DayField source="to" label="onedoor.people.exception.to" />
              <TextField source="note" label="onedoor.people.exception.note" />
            </Datagrid>
          </ArrayField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="onedoor.people.member.tabPerformance" path="performance">
          <NumberField source="performance.casesMediated" />
          <NumberField source="performance.casesResolved" />
          <Labeled label="resources.mediators.fields.performance.successRate">
            <Rate source="successRate" />
          </Labeled>
          <Labeled label="resources.mediators.fields.performance.satisfaction">
            <Rate source="satisfaction" />
          </Labeled>
          <DateTimeField source="performance.lastActivityAt" />
          <NumberField source="workload" />
          <CasesField source="activeCases.nodes" label="resources.mediators.fields.activeCases" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="onedoor.people.member.tabHistory" path="history">
          <ArrayField source="statusHistory" label={false}>
            <Datagrid bulkActionButtons={false} empty={EMPTY}>
              <EnumField source="from" enumName="MediatorStatus" label="onedoor.people.history.from" />
              <EnumField source="to" enumName="MediatorStatus" label="onedoor.people.history.to" />
              <FunctionField
                label="onedoor.people.history.reason"
                render={(r: { reason: string | null }) => r.reason ?? ''}
              />
              <DateTimeField source="at" label="onedoor.people.history.at" />
              <ActorField label="onedoor.people.history.actor" />
            </Datagrid>
          </ArrayField>
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
