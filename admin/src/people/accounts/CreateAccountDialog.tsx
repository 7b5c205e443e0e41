import KeyIcon from '@mui/icons-material/VpnKey';
import { CheckboxGroupInput, PasswordInput, required, TextInput } from 'react-admin';
import { enumChoices } from '../../format/fields';
import type { RecordForm } from '../../shared/RecordDialogs';
import { OrganisationInput } from '../inputs';
import { CREATE_ACCOUNT } from '../operations';
import { ACCOUNT_ADMINS } from '../roles';

/** Opens a sign-in account for the person on screen (开通账号), then shows it. ADMIN only. */
export const CREATE_ACCOUNT_FORM: RecordForm<{ id: string }> = {
  roles: ACCOUNT_ADMINS,
  label: 'onedoor.people.account.create',
  icon: <KeyIcon />,
  mutation: CREATE_ACCOUNT,
  successMessage: 'onedoor.people.account.created',
  submitLabel: 'onedoor.people.account.create',
  resource: 'accounts',
  defaults: () => ({ roles: [] }),
  toInput: (v, person) => ({
    ...v,
    personId: person.id,
    roles: v.roles ?? [],
    organisationId: v.organisationId || undefined,
  }),
  redirect: (result) => `/accounts/${(result as { createAccount: { id: string } }).createAccount.id}`,
  inputs: (
    <>
      <TextInput source="username" validate={required()} helperText="onedoor.people.account.usernameHint" fullWidth />
      <PasswordInput
        source="password"
        validate={required()}
        helperText="onedoor.people.account.passwordHint"
        fullWidth
      />
      <CheckboxGroupInput source="roles" choices={enumChoices('Role')} validate={required()} />
      <OrganisationInput />
    </>
  ),
};
