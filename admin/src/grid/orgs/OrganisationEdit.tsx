import {
  ArrayInput,
  CheckboxGroupInput,
  Edit,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  required,
  useRecordContext,
  Toolbar,
  SaveButton,
} from 'react-admin';
import { Typography } from '@mui/material';
import { enumChoices } from '../../format/fields';
import { FULL_RECORD } from '../../shared/fullRecord';
import { ListTextInput } from '../../shared/ListTextInput';

function Heading() {
  const org = useRecordContext<{ name: string }>();
  return <Typography variant="h6">{org?.name}</Typography>;
}

/**
 * The organisation's profile (setOrganisationProfile): the short name and aliases it is found by, its routing
 * channels and contacts. Pessimistic, so the API's field errors (`contacts.0.phone`) show next to the field and
 * nothing is saved.
 */
export function OrganisationEdit() {
  return (
    <Edit queryOptions={FULL_RECORD} mutationMode="pessimistic" redirect="show">
      <SimpleForm
        toolbar={
          <Toolbar>
            <SaveButton />
          </Toolbar>
        }
      >
        <Heading />
        <TextInput source="shortName" helperText="onedoor.grid.orgs.shortNameHint" />
        <ListTextInput source="aliases" helperText="onedoor.grid.orgs.aliasesHint" />
        <CheckboxGroupInput source="channels" choices={enumChoices('RoutingChannel')} />
        <ArrayInput source="contacts">
          <SimpleFormIterator inline>
            <TextInput source="name" validate={required()} helperText={false} />
            <TextInput source="title" helperText={false} />
            <TextInput source="phone" helperText={false} />
          </SimpleFormIterator>
        </ArrayInput>
      </SimpleForm>
    </Edit>
  );
}
