import { useState } from 'react';
import { Link } from 'react-router-dom';
import AddIcon from '@mui/icons-material/Add';
import { Button, required, SelectInput, TextInput, TopToolbar, useRecordContext } from 'react-admin';
import { useHasRole } from '../../auth/roles';
import { enumChoices } from '../../format/fields';
import { MOVE_GRID_UNIT, SET_GRID_STAFF, SET_GRID_UNIT_NAMES } from '../operations';
import { GRID_ADMINS, ROSTER_EDITORS } from '../roles';
import { PersonsInput } from '../inputs';
import { MutationDialog } from '../../shared/MutationDialog';
import type { UnitDetail } from './GridUnitShow';
import { GridLevel } from '../../generated/enums';
import { ReferencePicker } from '../../shared/ReferencePicker';
import { splitList } from '../../format/lists';
import { ListTextInput } from '../../shared/ListTextInput';

/** What the signed-in role may do to a unit: add a child, move it, name it (administrators), set its staff. */
export function GridUnitActions() {
  const unit = useRecordContext<UnitDetail>();
  const isAdmin = useHasRole(...GRID_ADMINS);
  const mayStaff = useHasRole(...ROSTER_EDITORS);
  const [dialog, setDialog] = useState<'move' | 'names' | 'staff' | null>(null);
  if (!unit) return <TopToolbar />;
  const level = GridLevel.indexOf(unit.level as GridLevel);
  const childLevel = GridLevel[level + 1];
  const parentLevel = level > 0 ? GridLevel[level - 1] : undefined;
  return (
    <TopToolbar>
      {isAdmin && childLevel && (
        <Button
          component={Link}
          to={`/gridUnits/create?parentId=${unit.id}&level=${childLevel}`}
          label="onedoor.grid.units.addChild"
        >
          <AddIcon />
        </Button>
      )}
      {isAdmin && parentLevel && <Button label="onedoor.grid.units.move" onClick={() => setDialog('move')} />}
      {isAdmin && <Button label="onedoor.grid.units.setNames" onClick={() => setDialog('names')} />}
      {mayStaff && <Button label="onedoor.grid.units.setStaff" onClick={() => setDialog('staff')} />}
      <MutationDialog
        label="onedoor.grid.units.setNames"
        open={dialog === 'names'}
        onClose={() => setDialog(null)}
        mutation={SET_GRID_UNIT_NAMES}
        successMessage="onedoor.grid.units.namesSet"
        defaultValues={{ shortName: unit.shortName ?? '', aliases: unit.aliases ?? [] }}
        toInput={(v) => ({
          gridUnitId: unit.id,
          shortName: typeof v.shortName === 'string' && v.shortName ? v.shortName : null,
          aliases: splitList(v.aliases),
        })}
      >
        <TextInput
          source="shortName"
          label="resources.gridUnits.fields.shortName"
          helperText="onedoor.grid.units.shortNameHint"
          fullWidth
        />
        <ListTextInput
          source="aliases"
          label="resources.gridUnits.fields.aliases"
          helperText="onedoor.grid.orgs.aliasesHint"
        />
      </MutationDialog>
      <MutationDialog
        label="onedoor.grid.units.move"
        open={dialog === 'move'}
        onClose={() => setDialog(null)}
        mutation={MOVE_GRID_UNIT}
        successMessage="onedoor.grid.units.moved"
        toInput={(v) => ({ id: unit.id, parentId: v.parentId })}
      >
        <ReferencePicker
          source="parentId"
          reference="gridUnits"
          filter={{ level: parentLevel }}
          sortBy="code"
          label="onedoor.grid.units.newParent"
          isRequired
          helperText={false}
          fullWidth={false}
        />
      </MutationDialog>
      <MutationDialog
        label="onedoor.grid.units.setStaff"
        open={dialog === 'staff'}
        onClose={() => setDialog(null)}
        mutation={SET_GRID_STAFF}
        successMessage="onedoor.grid.units.staffSet"
        defaultValues={{
          role: 'GRID_MEMBER',
          personIds: (unit.staff ?? []).filter((s) => s.role === 'GRID_MEMBER').map((s) => s.person.id),
        }}
        toInput={(v) => ({
          gridUnitId: unit.id,
          role: v.role,
          personIds: v.personIds ?? [],
        })}
      >
        <SelectInput
          source="role"
          choices={enumChoices('GridStaffRole')}
          label="onedoor.grid.units.staffRole"
          validate={required()}
          helperText={false}
        />
        <PersonsInput
          source="personIds"
          label="onedoor.grid.units.staffPeople"
          helperText="onedoor.grid.units.staffHelp"
        />
      </MutationDialog>
    </TopToolbar>
  );
}
