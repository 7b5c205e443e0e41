import GroupAddIcon from '@mui/icons-material/GroupAdd';
import { ArrayInput, BooleanInput, DateInput, required, SelectInput, SimpleFormIterator, TextInput } from 'react-admin';
import { enumChoices } from '../../format/fields';
import type { FormValues } from '../../shared/MutationDialog';
import type { RecordForm } from '../../shared/RecordDialogs';
import {
  GridUnitsInput,
  LanguagesInput,
  OrganisationInput,
  SpecialtiesInput,
  splitList,
  WeekdaysInput,
} from '../inputs';
import { ADD_POOL_MEMBER } from '../operations';
import { POOL_MANAGERS } from '../roles';

const DEFAULTS = { pool: 'PEOPLES_MEDIATOR', fullTime: false, weekdays: [1, 2, 3, 4, 5], certifications: [] };

function addPoolMemberInput(personId: string, values: FormValues): FormValues {
  const certifications = ((values.certifications as { name?: string; expiresOn?: string }[] | undefined) ?? [])
    .filter((c) => c.name)
    .map((c) => ({ name: c.name, expiresOn: c.expiresOn || undefined }));
  return {
    personId,
    pool: values.pool,
    fullTime: !!values.fullTime,
    specialties: splitList(values.specialties),
    languages: splitList(values.languages),
    studio: values.studio || undefined,
    organisationId: values.organisationId || undefined,
    gridUnitIds: values.gridUnitIds ?? [],
    joinedOn: values.joinedOn || undefined,
    weekdays: values.weekdays,
    certifications,
  };
}

/** Adds the person on screen to a pool (入库), then shows the membership; the form's fields are AddPoolMemberInput's. */
export const ADD_POOL_MEMBER_FORM: RecordForm<{ id: string }> = {
  roles: POOL_MANAGERS,
  label: 'onedoor.people.member.add',
  icon: <GroupAddIcon />,
  mutation: ADD_POOL_MEMBER,
  successMessage: 'onedoor.people.member.added',
  submitLabel: 'onedoor.people.member.add',
  resource: 'mediators',
  maxWidth: 'md',
  defaults: () => DEFAULTS,
  toInput: (v, person) => addPoolMemberInput(person.id, v),
  redirect: (result) => `/mediators/${(result as { addPoolMember: { id: string } }).addPoolMember.id}/show`,
  inputs: (
    <>
      <SelectInput source="pool" choices={enumChoices('Pool')} validate={required()} />
      <BooleanInput source="fullTime" />
      <SpecialtiesInput />
      <LanguagesInput />
      <TextInput source="studio" fullWidth />
      <OrganisationInput />
      <GridUnitsInput />
      <DateInput source="joinedOn" />
      <WeekdaysInput />
      <ArrayInput source="certifications">
        <SimpleFormIterator inline>
          <TextInput source="name" label="onedoor.people.cert.name" />
          <DateInput source="expiresOn" label="onedoor.people.cert.expiresOn" />
        </SimpleFormIterator>
      </ArrayInput>
    </>
  ),
};
