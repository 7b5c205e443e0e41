import GroupAddIcon from '@mui/icons-material/GroupAdd';
import {
  ArrayInput,
  BooleanInput,
  DateInput,
  required,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  useRecordContext,
} from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { enumChoices } from '../../format/fields';
import { MutationDialog, type FormValues } from '../../shared/MutationDialog';
import {
  GridUnitsInput,
  LanguagesInput,
  OrganisationInput,
  SpecialtiesInput,
  splitList,
  WeekdaysInput,
} from '../inputs';
import { ADD_POOL_MEMBER } from '../operations';

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
export function AddPoolMemberButton() {
  const record = useRecordContext<{ id: string }>();
  const navigate = useNavigate();
  if (!record) return null;
  return (
    <MutationDialog
      label="onedoor.people.member.add"
      icon={<GroupAddIcon />}
      mutation={ADD_POOL_MEMBER}
      successMessage="onedoor.people.member.added"
      submitLabel="onedoor.people.member.add"
      resource="mediators"
      maxWidth="md"
      defaultValues={DEFAULTS}
      toInput={(v) => addPoolMemberInput(record.id, v)}
      onDone={(result) =>
        void navigate(`/mediators/${(result as { addPoolMember: { id: string } }).addPoolMember.id}/show`)
      }
    >
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
    </MutationDialog>
  );
}
