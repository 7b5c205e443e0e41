import { Typography } from '@mui/material';
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
} from 'react-admin';
import { DateTimeField, DayField, EnumField } from '../../format/fields';
import { MediatorShowActions } from './MediatorActions';
import { ActorField, CertificationCell, PersonLink, Rate } from './MediatorFields';
import { CasesField, ListField, MediatorStatusField, NamesField, SpecialtiesField, WeekdaysField } from '../fields';
import { FULL_RECORD } from '../../shared/fullRecord';

const EMPTY = <Typography variant="body2">—</Typography>;

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
