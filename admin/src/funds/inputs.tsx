import { ReferenceInput, SelectInput, TextInput, type Validator, required } from 'react-admin';
import { yuanToFen } from '../format/money';
import { ReferencePicker } from '../shared/ReferencePicker';

/** A typed yuan amount must be money (at most two decimals) and more than zero. */
export const validateYuan: Validator = (value: unknown) => {
  if (value === null || value === undefined || value === '') return undefined;
  const fen = yuanToFen(value as string);
  return fen === null || fen === '0' ? 'onedoor.funds.validation.yuan' : undefined;
};

/** A yuan amount typed as text (never a float); the screen converts it with yuanToFen before sending fen. */
export function YuanInput({ source, label, optional }: { source: string; label: string; optional?: boolean }) {
  return (
    <TextInput
      source={source}
      label={label}
      validate={optional ? [validateYuan] : [required(), validateYuan]}
      helperText="onedoor.funds.help.yuan"
      slotProps={{ htmlInput: { inputMode: 'decimal' } }}
      fullWidth
    />
  );
}

export { fenOf } from './amount';

const caseText = (c: { number?: string; title?: string } | undefined) =>
  c ? `${c.number ?? ''} ${c.title ?? ''}` : '';

/** Chooses a case by its number (or words of its title). */
export function CasePicker({ source = 'caseId', label = 'onedoor.funds.fields.case', isRequired = false }) {
  return (
    <ReferencePicker {...{ source, label, isRequired }} reference="fundCasePicks" optionText={caseText} sortBy={null} />
  );
}

/** Chooses a registered person by name. */
export function PersonPicker({ source = 'personId', label = 'onedoor.funds.fields.person' }) {
  return <ReferencePicker {...{ source, label }} reference="fundPersonPicks" isRequired sortBy={null} />;
}

/** Chooses a fund by name. */
export function FundPicker({
  source = 'fundId',
  label = 'onedoor.funds.fields.fund',
  isRequired = true,
}: {
  source?: string;
  label?: string;
  isRequired?: boolean;
}) {
  return (
    <ReferenceInput source={source} reference="funds" perPage={100}>
      <SelectInput label={label} optionText="name" validate={isRequired ? required() : undefined} fullWidth />
    </ReferenceInput>
  );
}
