import { Link } from 'react-router-dom';
import AddIcon from '@mui/icons-material/Add';
import { Button, TextInput, TopToolbar, useRecordContext } from 'react-admin';
import { useHasRole } from '../../auth/roles';
import { MOVE_GRID_UNIT, SET_GRID_STAFF, SET_GRID_UNIT_NAMES } from '../operations';
import { GRID_ADMINS, ROSTER_EDITORS } from '../roles';
import { PersonsInput } from '../inputs';
import { MutationDialog } from '../../shared/MutationDialog';
import type { UnitDetail } from './GridUnitShow';
import { GridLevel } from '../../generated/enums';
import { ReferencePicker } from '../../shared/ReferencePicker';
import { splitList } from '../../format/lists';
import { ListTextInput } from '../../shared/ListTextInput';
import { EnumInput } from '../../shared/EnumInput';

/** The people holding a role in the unit. */
const staffIn = (unit: UnitDetail, role: string) =>
  (unit.staff ?? []).filter((s) => s.role === role).map((s) => s.person.id);

/** What the signed-in role may do to a unit: add a child, move it, name it (administrators), set its staff. */
export function GridUnitActions() {
  const unit = useRecordContext<UnitDetail>();
  const isAdmin = useHasRole(...GRID_ADMINS);
  const mayStaff = useHasRole(...ROSTER_EDITORS);
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
      {isAdmin && parentLevel && (
        <MutationDialog
          label="onedoor.grid.units.move"
          mutation={MOVE_GRID_UNIT}
          successMessage="onedoor.grid.units.moved"
          toInput={(v) => ({ ...v, id: unit.id })}
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
      )}
      {isAdmin && (
        <MutationDialog
          label="onedoor.grid.units.setNames"
          mutation={SET_GRID_UNIT_NAMES}
          successMessage="onedoor.grid.units.namesSet"
          defaultValues={{ shortName: unit.shortName ?? '', aliases: unit.aliases ?? [] }}
          nullWhenEmpty={['shortName']}
          toInput={(v) => ({ ...v, gridUnitId: unit.id, aliases: splitList(v.aliases) })}
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
      )}
      {mayStaff && (
        <MutationDialog
          label="onedoor.grid.units.setStaff"
          mutation={SET_GRID_STAFF}
          successMessage="onedoor.grid.units.staffSet"
          defaultValues={{ role: 'GRID_MEMBER', personIds: staffIn(unit, 'GRID_MEMBER') }}
          toInput={(v) => ({ ...v, gridUnitId: unit.id, personIds: v.personIds ?? [] })}
        >
          <EnumInput
            source="role"
            enumName="GridStaffRole"
            label="onedoor.grid.units.staffRole"
            helperText={false}
            isRequired
          />
          <PersonsInput
            source="personIds"
            label="onedoor.grid.units.staffPeople"
            helperText="onedoor.grid.units.staffHelp"
          />
        </MutationDialog>
      )}
    </TopToolbar>
  );
}
