import { AutocompleteArrayInput, AutocompleteInput, ReferenceArrayInput, ReferenceInput, required } from 'react-admin';

const byName = { field: 'name', order: 'ASC' as const };
const toQuery = (q: string) => ({ q });

/** Several persons picked by name (duty lists, grid staff); the value is their ids, in order. */
export function PersonsInput({ source, label, helperText }: { source: string; label: string; helperText?: string }) {
  return (
    <ReferenceArrayInput source={source} reference="gridPersons" sort={byName} perPage={20}>
      <AutocompleteArrayInput
        optionText="name"
        label={label}
        helperText={helperText ?? false}
        filterToQuery={toQuery}
        fullWidth
      />
    </ReferenceArrayInput>
  );
}

/** One person picked by name. */
export function PersonInput({ source, label, optional }: { source: string; label: string; optional?: boolean }) {
  return (
    <ReferenceInput source={source} reference="gridPersons" sort={byName} perPage={20}>
      <AutocompleteInput
        optionText="name"
        label={label}
        filterToQuery={toQuery}
        validate={optional ? undefined : required()}
        fullWidth
        helperText={false}
      />
    </ReferenceInput>
  );
}
