import {
  AutocompleteArrayInput,
  AutocompleteInput,
  type RaRecord,
  ReferenceArrayInput,
  ReferenceInput,
  required,
} from 'react-admin';

export interface PickerProps<R = RaRecord> {
  source: string;
  /** The resource the choices come from (often a `…Picks` lookup of the screen's domain). */
  reference: string;
  /** Translation key; the resource's field label when absent. */
  label?: string;
  /** What a choice reads as (its name by default). */
  optionText?: string | ((record: R) => string);
  /** The field the choices are sorted by (their name by default; `null` keeps the API's order). */
  sortBy?: string | null;
  filter?: Record<string, unknown>;
  perPage?: number;
  isRequired?: boolean;
  helperText?: string | false;
  fullWidth?: boolean;
  /** As a list filter: shown without being added. */
  alwaysOn?: boolean;
}

const toQuery = (q: string) => ({ q });

/** Every picker of a referenced record searches the API by the words typed (`q`). */
function referenceProps<R>({ source, reference, sortBy = 'name', filter, perPage }: PickerProps<R>) {
  return { source, reference, filter, perPage, sort: sortBy ? { field: sortBy, order: 'ASC' as const } : undefined };
}

function autocompleteProps<R>({
  label,
  optionText = 'name',
  isRequired,
  helperText,
  fullWidth = true,
}: PickerProps<R>) {
  return {
    label,
    optionText,
    helperText,
    fullWidth,
    filterToQuery: toQuery,
    validate: isRequired ? required() : undefined,
  };
}

/** One referenced record, found by the words typed (a unit, an organisation, a person, a case). */
export function ReferencePicker<R>(props: PickerProps<R>) {
  return (
    <ReferenceInput {...referenceProps(props)}>
      <AutocompleteInput {...autocompleteProps(props)} />
    </ReferenceInput>
  );
}

/** Several referenced records, found by the words typed; the value is their ids, in order. */
export function ReferencesPicker<R>(props: PickerProps<R>) {
  return (
    <ReferenceArrayInput {...referenceProps(props)}>
      <AutocompleteArrayInput {...autocompleteProps(props)} />
    </ReferenceArrayInput>
  );
}
