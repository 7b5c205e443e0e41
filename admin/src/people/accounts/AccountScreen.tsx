import type { ReactNode } from 'react';
import {
  Alert,
  Card,
  CardContent,
  Chip,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableRow,
} from '@mui/material';
import { Link, useParams } from 'react-router-dom';
import { Button, PasswordInput, required, TextInput, Title, useTranslate } from 'react-admin';
import { useGraphQLMutation, useGraphQLQuery } from '../../data/hooks';
import { MutationDialog } from '../../shared/MutationDialog';
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

/** Resetting the password and locking: each a small form whose inputs are named like the mutation's input fields. */
function AccountActions({ account }: { account: AccountRecord }) {
  const unlock = useGraphQLMutation(UNLOCK_ACCOUNT, { successMessage: 'onedoor.people.account.unlockedDone' });
  const disable = useGraphQLMutation(SET_ACCOUNT_DISABLED, { successMessage: 'onedoor.people.account.disabledDone' });
  const form = { variant: 'outlined', resource: 'accounts', maxWidth: 'xs' } as const;
  return (
    <Stack direction="row" spacing={1} sx={{ mt: 2 }} flexWrap="wrap">
      <MutationDialog
        {...form}
        label="onedoor.people.account.resetPassword"
        submitLabel="onedoor.people.account.resetPassword"
        mutation={RESET_PASSWORD}
        successMessage="onedoor.people.account.passwordReset"
        toInput={(v) => ({ accountId: account.id, newPassword: v.newPassword })}
      >
        <PasswordInput
          source="newPassword"
          validate={required()}
          helperText="onedoor.people.account.passwordHint"
          fullWidth
        />
      </MutationDialog>
      <MutationDialog
        {...form}
        label="onedoor.people.account.lock"
        submitLabel="onedoor.people.account.lock"
        mutation={LOCK_ACCOUNT}
        successMessage="onedoor.people.account.lockedDone"
        toInput={(v) => ({ accountId: account.id, until: shanghaiLocalToIso(String(v.until)) })}
      >
        <TextInput source="until" type="datetime-local" validate={required()} fullWidth />
      </MutationDialog>
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
