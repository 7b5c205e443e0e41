import { useState } from 'react';
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  SelectInput,
  TextInput,
  useListContext,
  useTranslate,
  type Validator,
} from 'react-admin';
import { useGraphQLQuery } from '../data/hooks';
import { type OrganisationChoice, useOrganisationText } from '../shared/OrganisationPicker';
import { CATEGORY_TREE, GRID_UNIT, GRID_UNITS, ORGANISATIONS, ROUTING_SUGGESTIONS } from './operations';

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

/** The organisations the API finds for what was typed (name, short name, alias, code or pinyin); all, by name, when nothing is. */
export function useOrganisationSearch(search: string) {
  const { data, isFetching } = useGraphQLQuery<{ organisations: { nodes: Organisation[] } }>(ORGANISATIONS, {
    search: search || null,
  });
  return { found: data?.organisations.nodes ?? [], isFetching };
}

interface Organisation extends OrganisationChoice {
  kind: string;
}
type Choice = Organisation & { group: 'suggested' | 'others' };

/**
 * What an organisation picker offers: the units the case's category routing rules name first (those the search
 * finds, when something is typed), then the others the search finds, and the ones already picked, so they keep
 * their names while another search runs.
 */
function useOrganisationChoices(search: string, suggestFor: string | undefined, picked: Organisation[]) {
  const { found, isFetching } = useOrganisationSearch(search);
  const { data } = useGraphQLQuery<{ case: { routingSuggestions: Organisation[] } | null }>(
    ROUTING_SUGGESTIONS,
    { id: suggestFor ?? '' },
    { enabled: !!suggestFor },
  );
  const suggestions = data?.case?.routingSuggestions ?? [];
  const foundIds = new Set(found.map((o) => o.id));
  const suggestedIds = new Set(suggestions.map((o) => o.id));
  const choices: Choice[] = [
    ...suggestions.filter((o) => !search || foundIds.has(o.id)).map((o) => ({ ...o, group: 'suggested' as const })),
    ...found.filter((o) => !suggestedIds.has(o.id)).map((o) => ({ ...o, group: 'others' as const })),
  ];
  const shown = new Set(choices.map((c) => c.id));
  for (const o of picked) if (!shown.has(o.id)) choices.push({ ...o, group: 'others' });
  return { choices, grouped: suggestions.length > 0, isFetching };
}

interface OrganisationInputProps extends InputProps {
  /** The case being routed: the units its category's routing rules name come first. */
  suggestFor?: string;
}

/** The props an organisation picker gives react-admin's autocomplete: the API searches, the browser does not filter. */
function useOrganisationPicker({ suggestFor, ...props }: OrganisationInputProps) {
  const translate = useTranslate();
  const optionText = useOrganisationText();
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<Organisation[]>([]);
  const { choices, grouped, isFetching } = useOrganisationChoices(search, suggestFor, picked);
  return {
    ...props,
    choices,
    optionText,
    setFilter: setSearch,
    matchSuggestion: () => true,
    isPending: isFetching && choices.length === 0,
    groupBy: grouped ? (o: Choice) => translate(`onedoor.picker.${o.group}`) : undefined,
    // react-admin hands over the picked record(s); an emptied single picker gives '' or undefined.
    onChange: (_value: unknown, records: Choice | Choice[] | '' | undefined) =>
      setPicked(Array.isArray(records) ? records : records ? [records] : []),
    fullWidth: true,
  };
}

/** One organisation (the lead unit, the receiving unit …), searched by the API as the user types. */
export function OrganisationInput(props: OrganisationInputProps) {
  return <AutocompleteInput {...useOrganisationPicker(props)} sx={{ minWidth: 300 }} />;
}

/** Several organisations (the co-units of a split routing), searched the same way. */
export function OrganisationsInput(props: OrganisationInputProps) {
  return <AutocompleteArrayInput {...useOrganisationPicker(props)} />;
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

/** A list filter: a grid unit searched on the server by name or pinyin (the county has hundreds); the chosen one stays among the choices. */
export function GridUnitInput(props: InputProps) {
  const translate = useTranslate();
  const gridUnitText = (u: GridUnitChoice) =>
    u.parent ? translate('onedoor.picker.withParent', { name: u.name, parent: u.parent.name }) : u.name;
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
      matchSuggestion={() => true}
      sx={{ minWidth: 300 }}
    />
  );
}

/** A Beijing wall time (`datetime-local`), converted to an instant on submit with shanghaiLocalToIso. */
export function BeijingDateTimeInput(props: InputProps) {
  return <TextInput {...props} type="datetime-local" InputLabelProps={{ shrink: true }} />;
}
