import { useState } from 'react';
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  SelectInput,
  TextInput,
  useListContext,
  type Validator,
} from 'react-admin';
import { useGraphQLQuery } from '../data/hooks';
import { CATEGORY_TREE, GRID_UNIT, GRID_UNITS, ORGANISATIONS } from './operations';

interface Named {
  id: string;
  name: string;
}
interface InputProps {
  source: string;
  label: string;
  validate?: Validator | Validator[];
  alwaysOn?: boolean;
  helperText?: string | false;
}

/** The organisations cases are routed to, by name (74 in the demo county: loaded once, filtered in the browser). */
export function useOrganisations() {
  const { data } = useGraphQLQuery<{ organisations: { nodes: (Named & { kind: string })[] } }>(ORGANISATIONS);
  return data?.organisations.nodes ?? [];
}

export function OrganisationInput(props: InputProps) {
  const organisations = useOrganisations();
  return <AutocompleteInput {...props} choices={organisations} optionText="name" fullWidth sx={{ minWidth: 300 }} />;
}

export function OrganisationsInput(props: InputProps) {
  const organisations = useOrganisations();
  return <AutocompleteArrayInput {...props} choices={organisations} optionText="name" fullWidth />;
}

interface CategoryNode extends Named {
  code: string;
  active: boolean;
  children: CategoryNode[];
}

/** Categories as "top-level / sub-category" choices; a top-level one matches all its sub-categories. */
export function CategoryInput(props: InputProps) {
  const { data } = useGraphQLQuery<{ categories: CategoryNode[] }>(CATEGORY_TREE);
  const choices = (data?.categories ?? []).flatMap((top) => [
    { id: top.id, name: top.name },
    ...top.children.map((c) => ({ id: c.id, name: `${top.name} / ${c.name}` })),
  ]);
  return <SelectInput {...props} choices={choices} />;
}

interface GridUnitChoice extends Named {
  level: string;
  parent: Named | null;
}
const gridUnitText = (u: GridUnitChoice) => (u.parent ? `${u.name}（${u.parent.name}）` : u.name);

/** A list filter: a grid unit searched by name on the server (the county has hundreds); the chosen one stays among the choices. */
export function GridUnitInput(props: InputProps) {
  const [search, setSearch] = useState('');
  const filterValues = useListContext().filterValues as Record<string, unknown> | undefined;
  const value = filterValues?.[props.source] as string | undefined;
  const found = useGraphQLQuery<{ gridUnits: { nodes: GridUnitChoice[] } }>(GRID_UNITS, { search: search || null });
  const chosen = useGraphQLQuery<{ gridUnit: GridUnitChoice | null }>(
    GRID_UNIT,
    { id: value ?? '' },
    { enabled: !!value },
  );
  const nodes = found.data?.gridUnits.nodes ?? [];
  const current = chosen.data?.gridUnit;
  const choices = current && !nodes.some((n) => n.id === current.id) ? [current, ...nodes] : nodes;
  return (
    <AutocompleteInput
      {...props}
      choices={choices}
      optionText={gridUnitText}
      setFilter={setSearch}
      sx={{ minWidth: 300 }}
    />
  );
}

/** A Beijing wall time (`datetime-local`), converted to an instant on submit with shanghaiLocalToIso. */
export function BeijingDateTimeInput(props: InputProps) {
  return <TextInput {...props} type="datetime-local" InputLabelProps={{ shrink: true }} />;
}
