import { Chip, Stack } from '@mui/material';
import { BooleanField, FunctionField, TextField } from 'react-admin';
import { useHasRole } from '../../auth/roles';
import { SETTINGS_EDITORS } from '../roles';
import { RecordDialogs } from '../../shared/RecordDialogs';
import { RecordList } from '../../shared/RecordList';
import type { RoleButton } from '../../shared/RoleToolbar';
import { type CsvColumn } from '../../shared/ExportCsvButton';
import {
  CreateCategoryButton,
  DeactivateCategoryButton,
  RENAME_CATEGORY_FORM,
  ROUTING_RULE_FORM,
  type CategoryRow,
} from './CategoryDialogs';
import { fieldNameOf } from '../../i18n/fieldNames';

const f = fieldNameOf('categories');
const columns: CsvColumn<CategoryRow>[] = [
  { label: f('code'), value: (r) => r.code },
  { label: f('name'), value: (r) => r.name },
  { label: f('parent.name'), value: (r) => r.parent?.name ?? '' },
  { label: f('active'), value: (r, t) => t(r.active ? 'onedoor.common.yes' : 'onedoor.common.no') },
  { label: f('routingUnits'), value: (r, t) => unitNames(r).join(t('onedoor.picker.separator')) },
];

/** The units of a category's routing rule, by the short names the county uses. */
const unitNames = (r: CategoryRow) => r.routingUnits.map((u) => u.shortName ?? u.name);

const ADDS: RoleButton[] = [[SETTINGS_EDITORS, <CreateCategoryButton key="create" />]];

/** The two-level taxonomy: each top-level category followed by its sub-categories; admins maintain it. */
export function CategoryList() {
  const admin = useHasRole(...SETTINGS_EDITORS);
  return (
    <RecordList columns={columns} adds={ADDS} pagination={false} perPage={1000} rowClick={false}>
      <TextField source="code" sortable={false} />
      <FunctionField<CategoryRow>
        source="name"
        sortable={false}
        render={(r) => (
          <span style={{ paddingLeft: r.parent ? 24 : 0, fontWeight: r.parent ? 400 : 600 }}>{r.name}</span>
        )}
      />
      <TextField source="parent.name" sortable={false} emptyText="—" />
      <BooleanField source="active" sortable={false} />
      <FunctionField<CategoryRow>
        source="routingUnits"
        sortable={false}
        render={(r) => (
          <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap' }}>
            {unitNames(r).map((n) => (
              <Chip key={n} label={n} size="small" variant="outlined" />
            ))}
          </Stack>
        )}
      />
      {admin && <RecordDialogs forms={[RENAME_CATEGORY_FORM]} />}
      {admin && <RecordDialogs forms={[ROUTING_RULE_FORM]} />}
      {admin && <DeactivateCategoryButton />}
    </RecordList>
  );
}
