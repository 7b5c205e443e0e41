import { useState } from 'react';
import { Box, Button, Typography } from '@mui/material';
import { usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { readSession } from '../../auth/session';
import { MutationDialog } from '../../shared/MutationDialog';
import { TRANSITIONS, type TransitionName } from '../operations';
import { allowedActions } from './allowed';
import { actionForm, type CasePageRecord, label } from './forms';

/** The actions the case's status allows and the viewer's roles permit, each opening its dialog. */
export function ActionsBar() {
  const record = useRecordContext<CasePageRecord>();
  const translate = useTranslate();
  const { permissions } = usePermissions<string[]>();
  const [open, setOpen] = useState<TransitionName | null>(null);
  if (!record) return null;
  const viewer = { roles: permissions ?? [], organisationId: readSession()?.account.organisationId ?? null };
  const actions = allowedActions(record, viewer);
  const form = open ? actionForm(open, record, viewer) : null;
  return (
    <Box data-testid="case-actions" sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
      {actions.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate('onedoor.cases.show.noActions')}
        </Typography>
      )}
      {actions.map((name) => (
        <Button key={name} variant="outlined" size="small" onClick={() => setOpen(name)}>
          {translate(`onedoor.cases.actions.${name}`)}
        </Button>
      ))}
      {open && form && (
        // The transition runs with the version the page last read.
        <MutationDialog
          label={`onedoor.cases.actions.${open}`}
          open
          onClose={() => setOpen(null)}
          mutation={TRANSITIONS[open]}
          successMessage="onedoor.cases.saved"
          defaultValues={form.defaultValues}
          toInput={(v) => ({ ...(form.toInput?.(v) ?? v), caseId: record.id, expectedVersion: record.version })}
          fieldLabel={label}
        >
          {form.inputs}
        </MutationDialog>
      )}
    </Box>
  );
}
