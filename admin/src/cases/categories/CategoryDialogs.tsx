import { useState, type ReactNode } from 'react';
import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import {
  Button,
  Confirm,
  Form,
  required,
  SaveButton,
  SelectInput,
  TextInput,
  useListContext,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { DocumentNode } from '@apollo/client';
import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import BlockIcon from '@mui/icons-material/Block';
import { useGraphQLMutation } from '../../data/hooks';
import { formErrors } from '../actions/ActionDialog';
import { CREATE_CATEGORY, DEACTIVATE_CATEGORY, RENAME_CATEGORY } from '../operations';

export interface CategoryRow {
  id: string;
  code: string;
  name: string;
  active: boolean;
  parent: { id: string; name: string } | null;
}
type Values = Record<string, unknown>;
const t = (key: string) => `onedoor.cases.categories.${key}`;

function FormDialog({
  title,
  mutation,
  variables,
  record,
  onClose,
  children,
}: {
  title: string;
  mutation: DocumentNode;
  variables: (values: Values) => Values;
  record: Values;
  onClose: () => void;
  children: ReactNode;
}) {
  const translate = useTranslate();
  const { mutateAsync } = useGraphQLMutation(mutation, { successMessage: 'onedoor.cases.saved' });
  const submit = async (values: Values) => {
    try {
      await mutateAsync(variables(values));
      onClose();
      return undefined;
    } catch (error) {
      return formErrors(error);
    }
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs">
      <Form onSubmit={submit} record={record} noValidate>
        <DialogTitle>{translate(title)}</DialogTitle>
        <DialogContent>{children}</DialogContent>
        <DialogActions>
          <MuiButton onClick={onClose}>{translate('onedoor.common.cancel')}</MuiButton>
          <SaveButton label="onedoor.common.submit" alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
}

/** A new top-level category or sub-category (the taxonomy has two levels). */
export function CreateCategoryButton() {
  const [open, setOpen] = useState(false);
  const { data } = useListContext<CategoryRow>();
  const tops = (data ?? []).filter((c) => !c.parent);
  return (
    <>
      <Button label={t('create')} onClick={() => setOpen(true)}>
        <AddIcon />
      </Button>
      {open && (
        <FormDialog
          title={t('create')}
          mutation={CREATE_CATEGORY}
          record={{}}
          onClose={() => setOpen(false)}
          variables={(v) => ({ input: { code: v.code, name: v.name, parentId: v.parentId || null } })}
        >
          <SelectInput source="parentId" label={t('parent')} choices={tops} emptyText={t('topLevel')} fullWidth />
          <TextInput source="code" label={t('code')} validate={required()} fullWidth />
          <TextInput source="name" label={t('name')} validate={required()} fullWidth />
        </FormDialog>
      )}
    </>
  );
}

export function RenameCategoryButton() {
  const record = useRecordContext<CategoryRow>();
  const [open, setOpen] = useState(false);
  if (!record) return null;
  return (
    <>
      <Button
        label={t('rename')}
        onClick={(e) => {
          e.stopPropagation();
          setOpen(true);
        }}
      >
        <EditIcon />
      </Button>
      {open && (
        <FormDialog
          title={t('rename')}
          mutation={RENAME_CATEGORY}
          record={{ name: record.name }}
          onClose={() => setOpen(false)}
          variables={(v) => ({ id: record.id, name: v.name })}
        >
          <TextInput source="name" label={t('name')} validate={required()} fullWidth />
        </FormDialog>
      )}
    </>
  );
}

export function DeactivateCategoryButton() {
  const record = useRecordContext<CategoryRow>();
  const [open, setOpen] = useState(false);
  const { mutate, isPending } = useGraphQLMutation(DEACTIVATE_CATEGORY, { successMessage: 'onedoor.cases.saved' });
  if (!record || !record.active) return null;
  return (
    <>
      <Button
        label={t('deactivate')}
        onClick={(e) => {
          e.stopPropagation();
          setOpen(true);
        }}
        color="error"
      >
        <BlockIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={isPending}
        title={t('deactivate')}
        content={t('deactivateConfirm')}
        translateOptions={{ name: record.name }}
        onConfirm={() => mutate({ id: record.id }, { onSettled: () => setOpen(false) })}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
