import { AutocompleteArrayInput, CheckboxGroupInput, useTranslate } from 'react-admin';
import { ListTextInput } from '../shared/ListTextInput';
import { OrganisationPicker } from '../shared/OrganisationPicker';
import { ReferencePicker, ReferencesPicker } from '../shared/ReferencePicker';
import { PlainSelect, useEnumOptions } from '../shared/PlainInputs';
import { KNOWN_SPECIALTIES, WEEKDAYS } from './enums';

export { splitList } from '../format/lists';

export function weekdayChoices() {
  return WEEKDAYS.map((d) => ({ id: d, name: `enums.Weekday.${d}` }));
}

/** The known specialties to pick from; a new one can be typed in. */
export function SpecialtiesInput({ source = 'specialties' }: { source?: string }) {
  const translate = useTranslate();
  const choices = KNOWN_SPECIALTIES.map((s) => ({ id: s, name: translate(`enums.Specialty.${s}`) }));
  return (
    <AutocompleteArrayInput
      source={source}
      choices={choices}
      translateChoice={false}
      onCreate={(text) => (text ? { id: text, name: text } : undefined)}
      createItemLabel="onedoor.people.member.newSpecialty"
      fullWidth
    />
  );
}

/** Languages as one text field (`普通话；临沭话`) that travels as a list. */
export function LanguagesInput() {
  return <ListTextInput source="languages" helperText="onedoor.people.member.languagesHint" />;
}

export function WeekdaysInput({ source = 'weekdays' }: { source?: string }) {
  return <CheckboxGroupInput source={source} choices={weekdayChoices()} />;
}

/** An organisation by name, short name, alias or pinyin (the grid subgraph's units), searched as one types. */
export function OrganisationInput({ source = 'organisationId' }: { source?: string }) {
  return <OrganisationPicker source={source} reference="poolOrganisations" />;
}

/** Grid units by name, searched as one types. */
export function GridUnitsInput({ source = 'gridUnitIds' }: { source?: string }) {
  return <ReferencesPicker source={source} reference="poolGridUnits" />;
}

export function GridUnitInput({ source = 'gridUnitId' }: { source?: string }) {
  return <ReferencePicker source={source} reference="poolGridUnits" fullWidth={false} />;
}

/** Which pool a screen is about (the pool overview, an import). */
export function PoolSelect({ value, onChange }: { value: string; onChange: (pool: string) => void }) {
  const options = useEnumOptions('Pool');
  return <PlainSelect label="resources.mediators.fields.pool" value={value} onChange={onChange} options={options} />;
}
