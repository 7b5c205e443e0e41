import { useState } from 'react';
import { Dialog, DialogContent, DialogTitle } from '@mui/material';
import KeyIcon from '@mui/icons-material/VpnKey';
import {
  Button,
  CheckboxGroupInput,
  Form,
  PasswordInput,
  required,
  ResourceContextProvider,
  SaveButton,
  TextInput,
  Toolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { fieldErrorsOf, useGraphQLMutation } from '../../data/hooks';
import { enumChoices } from '../../format/fields';
import { ROLES } from '../enums';
import { OrganisationInput } from '../inputs';
import { CREATE_ACCOUNT } from '../operations';

/** Opens a sign-in account for the person on screen (开通账号), then shows it. ADMIN only. */
export function CreateAccountButton() {
  const record = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const create = useGraphQLMutation<{ createAccount: { id: string } }>(CREATE_ACCOUNT, {
    successMessage: 'onedoor.people.account.created',
  });
  if (!record) return null;
  const submit = async (values: Record<string, unknown>) => {
    try {
      const result = await create.mutateAsync({
        input: {
          personId: record.id,
          username: values.username,
          password: values.password,
          roles: values.roles ?? [],
          organisationId: values.organisationId || undefined,
        },
      });
      setOpen(false);
      void navigate(`/accounts/${result.createAccount.id}`);
      return undefined;
    } catch (error) {
      return fieldErrorsOf(error);
    }
  };
  return (
    <>
      <Button label="onedoor.people.account.create" onClick={() => setOpen(true)}>
        <KeyIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="sm" fullWidth>
        <DialogTitle>{translate('onedoor.people.account.create')}</DialogTitle>
        <ResourceContextProvider value="accounts">
          <Form onSubmit={submit} defaultValues={{ roles: [] }}>
            <DialogContent>
              <TextInput
                source="username"
                validate={required()}
                helperText="onedoor.people.account.usernameHint"
                fullWidth
              />
              <PasswordInput
                source="password"
                validate={required()}
                helperText="onedoor.people.account.passwordHint"
                fullWidth
              />
              <CheckboxGroupInput source="roles" choices={enumChoices('Role', ROLES)} validate={required()} />
              <OrganisationInput />
            </DialogContent>
            <Toolbar>
              <SaveButton label="onedoor.people.account.create" />
              <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
            </Toolbar>
          </Form>
        </ResourceContextProvider>
      </Dialog>
    </>
  );
}
