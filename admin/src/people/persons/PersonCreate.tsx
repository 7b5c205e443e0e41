import { CheckboxGroupInput, Create, DateInput, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { enumChoices } from '../../format/fields';

/**
 * Registers a person (登记). Inputs are named like RegisterPersonInput's fields so the server's field
 * errors (a bad national id, a duplicate, a phone that is no phone) appear next to the field.
 */
export function PersonCreate() {
  return (
    <Create redirect="show">
      <SimpleForm>
        <TextInput source="name" validate={required()} />
        <SelectInput source="gender" choices={enumChoices('Gender')} helperText="onedoor.people.person.genderHint" />
        <TextInput source="nationalId" helperText="onedoor.people.person.nationalIdHint" />
        <TextInput source="phone" helperText="onedoor.people.person.phoneHint" />
        <DateInput source="birthDate" helperText="onedoor.people.person.birthDateHint" />
        <TextInput source="address" fullWidth />
        <CheckboxGroupInput source="vulnerabilities" choices={enumChoices('Vulnerability')} />
      </SimpleForm>
    </Create>
  );
}
