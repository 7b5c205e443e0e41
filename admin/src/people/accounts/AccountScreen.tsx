import { type ReactNode, useState } from 'react';
import {
  Alert,
  Card,
  CardContent,
  Chip,
  Dialog,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableRow,
} from '@mui/material';
import { Link, useParams } from 'react-router-dom';
import {
  Button,
  Form,
  PasswordInput,
  required,
  ResourceContextProvider,
  SaveButton,
  TextInput,
  Title,
  Toolbar,
  useTranslate,
} from 'react-admin';
import { fieldErrorsOf, useGraphQLMutation, useGraphQLQuery } from '../../data/hooks';
import { formatDateTime, shanghaiLocalToIso } from '../../format/time';
import { useHasRole } from '../../auth/roles';
import {
  ACCOUNT_BY_ID,
  type AccountRecord,
  LOCK_ACCOUNT,
  RESET_PASSWORD,
  SET_ACCOUNT_DISABLED,
  UNLOCK_ACCOUNT,
} from '../operations';
import { ACCOUNT_ADMINS } from '../roles';

type Submit = (values: Record<string, unknown>) => Promise<Record<string, string> | undefined>;

/** A small form in a dialog whose inputs are named like the mutation's input fields. */
function FormDialog({ label, children, onSubmit }: { label: string; children: ReactNode; onSubmit: Submit }) {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const submit: Submit = async (values) => {
    const errors = await onSubmit(values);
    if (!errors) setOpen(false);
    return errors;
  };
  return (
    <>
      <Button label={label} variant="outlined" onClick={() => setOpen(true)} />
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="xs" fullWidth>
        <DialogTitle>{translate(label)}</DialogTitle>
        <ResourceContextProvider value="accounts">
          <Form onSubmit={submit}>
            <DialogContent>{children}</DialogContent>
            <Toolbar>
              <SaveButton label={label} />
              <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
            </Toolbar>
          </Form>
        </ResourceContextProvider>
      </Dialog>
    </>
  );
}

function AccountActions({ account }: { account: AccountRecord }) {
  const reset = useGraphQLMutation(RESET_PASSWORD, { successMessage: 'onedoor.people.account.passwordReset' });
  const lock = useGraphQLMutation(LOCK_ACCOUNT, { successMessage: 'onedoor.people.account.lockedDone' });
  const unlock = useGraphQLMutation(UNLOCK_ACCOUNT, { successMessage: 'onedoor.people.account.unlockedDone' });
  const disable = useGraphQLMutation(SET_ACCOUNT_DISABLED, { successMessage: 'onedoor.people.account.disabledDone' });
  const attempt = (run: () => Promise<unknown>) => async () => {
    try {
      await run();
      return undefined;
    } catch (error) {
      return fieldErrorsOf(error) ?? {};
    }
  };
  return (
    <Stack direction="row" spacing={1} sx={{ mt: 2 }} flexWrap="wrap">
      <FormDialog
        label="onedoor.people.account.resetPassword"
        onSubmit={(v) =>
          attempt(() => reset.mutateAsync({ input: { accountId: account.id, newPassword: v.newPassword } }))()
        }
      >
        <PasswordInput
          source="newPassword"
          validate={required()}
          helperText="onedoor.people.account.passwordHint"
          fullWidth
        />
      </FormDialog>
      <FormDialog
        label="onedoor.people.account.lock"
        onSubmit={(v) =>
          attempt(() =>
            lock.mutateAsync({ input: { accountId: account.id, until: shanghaiLocalToIso(String(v.until)) } }),
          )()
        }
      >
        <TextInput source="until" type="datetime-local" validate={required()} fullWidth />
      </FormDialog>
      {account.lockedUntil && (
        <Button
          label="onedoor.people.account.unlock"
          variant="outlined"
          onClick={() => void unlock.mutateAsync({ accountId: account.id }).catch(() => undefined)}
        />
      )}
      <Button
        label={account.disabled ? 'onedoor.people.account.enable' : 'onedoor.people.account.disable'}
        variant="outlined"
        color={account.disabled ? 'primary' : 'error'}
        onClick={() =>
          void disable
            .mutateAsync({ input: { accountId: account.id, disabled: !account.disabled } })
            .catch(() => undefined)
        }
      />
    </Stack>
  );
}

/** One account (there is no list of accounts in the API): reached from the person's page or a status history. */
export function AccountScreen() {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const canAdminister = useHasRole(...ACCOUNT_ADMINS);
  const { data, isPending, error } = useGraphQLQuery<{ account: AccountRecord | null }>(ACCOUNT_BY_ID, { id });
  const account = data?.account;
  const row = (label: string, value: ReactNode) => (
    <TableRow>
      <TableCell sx={{ width: 160 }}>{translate(`resources.accounts.fields.${label}`)}</TableCell>
      <TableCell>{value}</TableCell>
    </TableRow>
  );
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="onedoor.people.account.title" />
      <CardContent>
        {isPending && <LinearProgress />}
        {error && <Alert severity="error">{error.message}</Alert>}
        {data && !account && <Alert severity="warning">{translate('onedoor.people.account.notFound')}</Alert>}
        {account && (
          <>
            <Table size="small">
              <TableBody>
                {row('username', account.username)}
                {row('person', <Link to={`/persons/${account.person.id}/show`}>{account.person.name}</Link>)}
                {row(
                  'roles',
                  account.roles.map((r) => (
                    <Chip key={r} size="small" label={translate(`enums.Role.${r}`)} sx={{ mr: 0.5 }} />
                  )),
                )}
                {row('organisation', account.organisation?.name ?? translate('onedoor.common.none'))}
                {row('disabled', translate(account.disabled ? 'onedoor.common.yes' : 'onedoor.common.no'))}
                {row(
                  'lockedUntil',
                  account.lockedUntil ? formatDateTime(account.lockedUntil) : translate('onedoor.common.none'),
                )}
                {row(
                  'lastLoginAt',
                  account.lastLoginAt ? formatDateTime(account.lastLoginAt) : translate('onedoor.common.none'),
                )}
              </TableBody>
            </Table>
            {canAdminister && <AccountActions account={account} />}
          </>
        )}
      </CardContent>
    </Card>
  );
}
