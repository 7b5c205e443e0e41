import { useState } from 'react';
import { Typography } from '@mui/material';
import {
  Button,
  Confirm,
  required,
  SelectInput,
  TextInput,
  useListContext,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import BlockIcon from '@mui/icons-material/Block';
import AltRouteIcon from '@mui/icons-material/AltRoute';
import { useGraphQLMutation } from '../../data/hooks';
import { MutationDialog } from '../../shared/MutationDialog';
import type { RecordForm } from '../../shared/RecordDialogs';
import { OrganisationsInput } from '../inputs';
import { CREATE_CATEGORY, DEACTIVATE_CATEGORY, RENAME_CATEGORY, SET_CATEGORY_ROUTING_UNITS } from '../operations';

export interface CategoryRow {
  id: string;
  code: string;
  name: string;
  active: boolean;
  routingUnits: { id: string; name: string; shortName: string | null }[];
  parent: { id: string; name: string } | null;
}
const t = (key: string) => `onedoor.cases.categories.${key}`;
/** What every change to the taxonomy says when done, and its small dialog. */
const CATEGORY_DIALOG = { successMessage: 'onedoor.cases.saved', maxWidth: 'xs' } as const;

/** A new top-level category or sub-category (the taxonomy has two levels). */
export function CreateCategoryButton() {
  const { data } = useListContext<CategoryRow>();
  const tops = (data ?? []).filter((c) => !c.parent);
  return (
    <MutationDialog
      {...CATEGORY_DIALOG}
      label={t('create')}
      icon={<AddIcon />}
      mutation={CREATE_CATEGORY}
      nullWhenEmpty={['parentId']}
    >
      <SelectInput source="parentId" label={t('parent')} choices={tops} emptyText={t('topLevel')} fullWidth />
      <TextInput source="code" label={t('code')} validate={required()} fullWidth />
      <TextInput source="name" label={t('name')} validate={required()} fullWidth />
    </MutationDialog>
  );
}

/** A category's new name. */
export const RENAME_CATEGORY_FORM: RecordForm<CategoryRow> = {
  ...CATEGORY_DIALOG,
  label: t('rename'),
  icon: <EditIcon />,
  mutation: RENAME_CATEGORY,
  defaults: (category) => ({ name: category.name }),
  toVariables: (v, category) => ({ id: category.id, name: v.name }),
  inputs: <TextInput source="name" label={t('name')} validate={required()} fullWidth />,
};

/** The category's routing rule (分流规则): the units its cases usually go to, offered first when routing. */
export const ROUTING_RULE_FORM: RecordForm<CategoryRow> = {
  ...CATEGORY_DIALOG,
  maxWidth: 'sm',
  label: t('routingRule'),
  icon: <AltRouteIcon />,
  mutation: SET_CATEGORY_ROUTING_UNITS,
  intro: () => <RoutingRuleIntro />,
  defaults: (category) => ({ organisationIds: category.routingUnits.map((u) => u.id) }),
  toInput: (v, category) => ({ categoryId: category.id, organisationIds: v.organisationIds ?? [] }),
  inputs: <OrganisationsInput source="organisationIds" label={t('routingUnits')} />,
};

function RoutingRuleIntro() {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
      {translate(t('routingRuleIntro'))}
    </Typography>
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
