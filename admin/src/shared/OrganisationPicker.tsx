import { useCallback } from 'react';
import { useTranslate } from 'react-admin';
import { type PickerProps, ReferencePicker, ReferencesPicker } from './ReferencePicker';

/** An organisation as a picker lists it; the short name is what the county says (人社局). */
export interface OrganisationChoice {
  id: string;
  name: string;
  shortName?: string | null;
}

/** The full name with the short name beside it, in the user's language: `东岳县人力资源和社会保障局（人社局）`. */
export function useOrganisationText() {
  const translate = useTranslate();
  return useCallback(
    (o: OrganisationChoice) =>
      o.shortName && !o.name.endsWith(o.shortName)
        ? translate('onedoor.picker.withShortName', { name: o.name, shortName: o.shortName })
        : o.name,
    [translate],
  );
}

type OrganisationPickerProps = Omit<PickerProps<OrganisationChoice>, 'optionText'>;

/** One organisation, found by its name, short name, aliases or their pinyin as typed (the API searches). */
export function OrganisationPicker(props: OrganisationPickerProps) {
  return <ReferencePicker<OrganisationChoice> {...props} optionText={useOrganisationText()} />;
}

/** Several organisations, found the same way. */
export function OrganisationsPicker(props: OrganisationPickerProps) {
  return <ReferencesPicker<OrganisationChoice> {...props} optionText={useOrganisationText()} />;
}
