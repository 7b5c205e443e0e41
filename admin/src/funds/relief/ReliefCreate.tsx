import { Create, SimpleForm, TextInput, required } from 'react-admin';
import { CasePicker, FundPicker, PersonPicker, YuanInput } from '../inputs';
import { proposalInput } from './proposal';
import { ReferencePicker } from '../../shared/ReferencePicker';
import { EnumInput } from '../../shared/EnumInput';

/**
 * proposeReliefApplication (FUND_OFFICER, FUND_APPROVER, ADMIN): the case by its number, the person by
 * name, the amount in yuan. The inputs carry the API's input names, so a refusal naming a field (the
 * yearly cap on `amount`, the vulnerability rule, the case's status) shows next to that field.
 */
export function ReliefCreate() {
  return (
    <Create redirect="show" transform={proposalInput} title="onedoor.funds.actions.propose">
      <SimpleForm sanitizeEmptyValues>
        <FundPicker />
        <PersonPicker />
        <CasePicker />
        <ReferencePicker
          source="townshipId"
          reference="fundTownshipPicks"
          label="onedoor.funds.fields.township"
          sortBy={null}
        />
        <EnumInput
          source="vulnerability"
          enumName="Vulnerability"
          label="onedoor.funds.fields.vulnerability"
          fullWidth
        />
        <YuanInput source="amount" label="onedoor.funds.fields.amountYuan" />
        <TextInput
          source="reason"
          label="onedoor.funds.fields.reason"
          validate={required()}
          multiline
          minRows={3}
          fullWidth
        />
      </SimpleForm>
    </Create>
  );
}
