import { required, SelectInput, type SelectInputProps } from 'react-admin';
import { type EnumName, enumChoices } from '../format/fields';

type EnumInputProps = Omit<SelectInputProps, 'choices' | 'validate'> & {
  enumName: EnumName;
  /** Refuses the form without a choice. */
  isRequired?: boolean;
};

/** A choice of one value of an API enum, each value in words (EnumField shows one). */
export function EnumInput({ enumName, isRequired, ...props }: EnumInputProps) {
  return <SelectInput {...props} choices={enumChoices(enumName)} validate={isRequired ? required() : undefined} />;
}
