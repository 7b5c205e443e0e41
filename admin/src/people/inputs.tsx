import { AutocompleteArrayInput, CheckboxGroupInput, TextInput, useTranslate } from 'react-admin';
import { ReferencePicker, ReferencesPicker } from '../shared/ReferencePicker';
import { PlainSelect, useEnumOptions } from '../shared/PlainInputs';
import { KNOWN_SPECIALTIES, WEEKDAYS } from './enums';

/** `a；b、c` or `a;b` typed by a person → a clean list. */
export function splitList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string'
    ? [
        ...new Set(
          value
            .split(/[;；、,，]/)
            .map((s) => s.trim())
            .filter(Boolean),
        ),
      ]
    : [];
}

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
  return (
    <TextInput
      source="languages"
      format={(v: unknown) => (Array.isArray(v) ? v.join('；') : ((v as string | undefined) ?? ''))}
      parse={(v: string) => v}
      helperText="onedoor.people.member.languagesHint"
      fullWidth
    />
  );
}

export function WeekdaysInput({ source = 'weekdays' }: { source?: string }) {
  return <CheckboxGroupInput source={source} choices={weekdayChoices()} />;
}

/** An organisation by name (the grid subgraph's units), searched as one types. */
export function OrganisationInput({ source = 'organisationId' }: { source?: string }) {
  return <ReferencePicker source={source} reference="poolOrganisations" />;
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
