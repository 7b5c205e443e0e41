import { useState } from 'react';
import { Box, Typography } from '@mui/material';
import { Button, required, SelectInput, TextInput, useTranslate } from 'react-admin';
import { shanghaiLocalToIso } from '../../format/time';
import { useHasRole } from '../../auth/roles';
import {
  ADD_DUTY_SHIFT,
  RECORD_DUTY_LEAVE,
  REMOVE_DUTY_SHIFT,
  SWAP_DUTY_SHIFTS,
  UPDATE_DUTY_SHIFT,
} from '../operations';
import { enumChoices } from '../../format/fields';
import { ROSTER_EDITORS, SHIFT_SWAPPERS } from '../roles';
import { PersonInput } from '../inputs';
import { useGraphQLMutation } from '../../data/hooks';
import { MutationDialog } from '../../shared/MutationDialog';
import { localInputValue, shortDateTime } from './rosterTime';
import { type Shift, shiftSummary } from './ShiftChip';

const iso = (v: unknown) => (typeof v === 'string' && v ? shanghaiLocalToIso(v) : undefined);
const CONFLICT = 'onedoor.grid.roster.editRefused';

function Times() {
  return (
    <Box sx={{ display: 'flex', gap: 2 }}>
      <TextInput
        source="startsAt"
        type="datetime-local"
        label="onedoor.grid.roster.fields.startsAt"
        validate={required()}
        helperText={false}
      />
      <TextInput
        source="endsAt"
        type="datetime-local"
        label="onedoor.grid.roster.fields.endsAt"
        validate={required()}
        helperText={false}
      />
    </Box>
  );
}

/** Adds one shift (refused by the API if it creates a conflict). */
export function AddShiftDialog({ open, onClose, day }: { open: boolean; onClose: () => void; day: string }) {
  return (
    <MutationDialog
      label="onedoor.grid.roster.addShift"
      open={open}
      onClose={onClose}
      mutation={ADD_DUTY_SHIFT}
      successMessage="onedoor.grid.roster.saved"
      conflictMessage={CONFLICT}
      toInput={(v) => ({
        kind: v.kind,
        personId: v.personId,
        startsAt: iso(v.startsAt),
        endsAt: iso(v.endsAt),
        note: v.note || null,
      })}
      testId="add-shift-dialog"
      defaultValues={{ kind: 'WORK_HOURS', startsAt: `${day}T08:30`, endsAt: `${day}T12:00` }}
    >
      <SelectInput
        source="kind"
        choices={enumChoices('DutyShiftKind')}
        label="onedoor.grid.roster.fields.kind"
        validate={required()}
        helperText={false}
      />
      <PersonInput source="personId" label="onedoor.grid.roster.fields.person" />
      <Times />
      <TextInput source="note" label="onedoor.grid.roster.fields.note" fullWidth helperText={false} />
    </MutationDialog>
  );
}

/** Records a person's leave; the shifts it overlaps then show as conflicts until reassigned. */
export function LeaveDialog({ open, onClose, day }: { open: boolean; onClose: () => void; day: string }) {
  return (
    <MutationDialog
      label="onedoor.grid.roster.recordLeave"
      open={open}
      onClose={onClose}
      mutation={RECORD_DUTY_LEAVE}
      successMessage="onedoor.grid.roster.leaveRecorded"
      toInput={(v) => ({
        personId: v.personId,
        startsAt: iso(v.startsAt),
        endsAt: iso(v.endsAt),
        reason: v.reason || null,
      })}
      testId="leave-dialog"
      defaultValues={{ startsAt: `${day}T00:00`, endsAt: `${day}T23:59` }}
    >
      <PersonInput source="personId" label="onedoor.grid.roster.fields.person" />
      <Times />
      <TextInput source="reason" label="onedoor.grid.roster.fields.reason" fullWidth helperText={false} />
    </MutationDialog>
  );
}

/** One shift: change its person, times or note, remove it, or swap it with another (a leader approves). */
export function EditShiftDialog({
  shift,
  shifts,
  onClose,
}: {
  shift: Shift | null;
  shifts: readonly Shift[];
  onClose: () => void;
}) {
  const translate = useTranslate();
  const mayEdit = useHasRole(...ROSTER_EDITORS);
  const maySwap = useHasRole(...SHIFT_SWAPPERS);
  const [swapping, setSwapping] = useState(false);
  const remove = useGraphQLMutation(REMOVE_DUTY_SHIFT, {
    successMessage: 'onedoor.grid.roster.removed',
    conflictMessage: CONFLICT,
  });
  if (!shift) return null;
  const close = () => {
    setSwapping(false);
    onClose();
  };
  const summary = shiftSummary(translate, shift);
  if (swapping) {
    const others = shifts
      .filter((s) => s.id !== shift.id && s.person.id !== shift.person.id)
      .map((s) => ({
        id: s.id,
        name: `${shortDateTime(s.startsAt)} ${translate(`enums.DutyShiftKind.${s.kind}`)} ${s.person.name}`,
      }));
    return (
      <MutationDialog
        label="onedoor.grid.roster.swap"
        open
        onClose={close}
        mutation={SWAP_DUTY_SHIFTS}
        successMessage="onedoor.grid.roster.swapped"
        conflictMessage={CONFLICT}
        toInput={(v) => ({ firstShiftId: shift.id, secondShiftId: v.secondShiftId, reason: v.reason || null })}
        testId="swap-dialog"
      >
        <Typography variant="body2" sx={{ mb: 2 }}>
          {summary}
        </Typography>
        <SelectInput
          source="secondShiftId"
          choices={others}
          translateChoice={false}
          label="onedoor.grid.roster.fields.swapWith"
          validate={required()}
          fullWidth
          helperText={false}
        />
        <TextInput source="reason" label="onedoor.grid.roster.fields.reason" fullWidth helperText={false} />
      </MutationDialog>
    );
  }
  return (
    <MutationDialog
      label="onedoor.grid.roster.editShift"
      open
      onClose={close}
      mutation={UPDATE_DUTY_SHIFT}
      successMessage="onedoor.grid.roster.saved"
      conflictMessage={CONFLICT}
      toInput={(v) => ({
        id: shift.id,
        version: shift.version,
        personId: v.personId !== shift.person.id ? v.personId : undefined,
        startsAt: iso(v.startsAt),
        endsAt: iso(v.endsAt),
        note: v.note ?? null,
      })}
      readOnly={!mayEdit}
      testId="edit-shift-dialog"
      defaultValues={{
        personId: shift.person.id,
        startsAt: localInputValue(shift.startsAt),
        endsAt: localInputValue(shift.endsAt),
        note: shift.note ?? '',
      }}
    >
      <Typography variant="body2" sx={{ mb: 2 }}>
        {summary}
      </Typography>
      {mayEdit && (
        <>
          <PersonInput source="personId" label="onedoor.grid.roster.fields.person" />
          <Times />
          <TextInput source="note" label="onedoor.grid.roster.fields.note" fullWidth helperText={false} />
        </>
      )}
      <Box sx={{ display: 'flex', gap: 1 }}>
        {mayEdit && (
          <Button
            label="onedoor.grid.roster.remove"
            color="error"
            variant="outlined"
            onClick={() =>
              void remove.mutateAsync({ input: { id: shift.id, version: shift.version } }).then(close, () => undefined)
            }
          />
        )}
        {maySwap && <Button label="onedoor.grid.roster.swap" variant="outlined" onClick={() => setSwapping(true)} />}
      </Box>
    </MutationDialog>
  );
}
