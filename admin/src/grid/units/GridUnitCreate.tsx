import { Create, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { enumChoices } from '../../format/fields';
import { ReferencePicker } from '../../shared/ReferencePicker';

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
        <ReferencePicker source="parentId" reference="gridUnits" sortBy="code" fullWidth={false} />
      </SimpleForm>
    </Create>
  );
}
