import KeyIcon from '@mui/icons-material/VpnKey';
import { CheckboxGroupInput, PasswordInput, required, TextInput, useRecordContext } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { enumChoices } from '../../format/fields';
import { MutationDialog } from '../../shared/MutationDialog';
import { OrganisationInput } from '../inputs';
import { CREATE_ACCOUNT } from '../operations';

/** Opens a sign-in account for the person on screen (开通账号), then shows it. ADMIN only. */
export function CreateAccountButton() {
  const record = useRecordContext<{ id: string }>();
  const navigate = useNavigate();
  if (!record) return null;
  return (
    <MutationDialog
      label="onedoor.people.account.create"
      icon={<KeyIcon />}
      mutation={CREATE_ACCOUNT}
      successMessage="onedoor.people.account.created"
      submitLabel="onedoor.people.account.create"
      resource="accounts"
      defaultValues={{ roles: [] }}
      toInput={(v) => ({
        personId: record.id,
        username: v.username,
        password: v.password,
        roles: v.roles ?? [],
        organisationId: v.organisationId || undefined,
      })}
      onDone={(result) => void navigate(`/accounts/${(result as { createAccount: { id: string } }).createAccount.id}`)}
    >
      <TextInput source="username" validate={required()} helperText="onedoor.people.account.usernameHint" fullWidth />
      <PasswordInput
        source="password"
        validate={required()}
        helperText="onedoor.people.account.passwordHint"
        fullWidth
      />
      <CheckboxGroupInput source="roles" choices={enumChoices('Role')} validate={required()} />
      <OrganisationInput />
    </MutationDialog>
  );
}
