import { AutocompleteInput, Create, ReferenceInput, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { enumChoices } from '../../format/fields';

/** Adds a unit below its parent (administrators only); the API's field errors show next to the fields. */
export function GridUnitCreate() {
  const [params] = useSearchParams();
  const defaults = { parentId: params.get('parentId') ?? undefined, level: params.get('level') ?? undefined };
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={defaults}>
        <TextInput source="code" validate={required()} />
        <TextInput source="name" validate={required()} />
        <SelectInput source="level" choices={enumChoices('GridLevel')} validate={required()} />
        <ReferenceInput source="parentId" reference="gridUnits" sort={{ field: 'code', order: 'ASC' }}>
          <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} />
        </ReferenceInput>
      </SimpleForm>
    </Create>
  );
}
