import { useState } from 'react';
import { Box, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import EventBusyIcon from '@mui/icons-material/EventBusy';
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
import { ROSTER_EDITORS, SHIFT_SWAPPERS } from '../roles';
import { PersonInput } from '../inputs';
import { useGraphQLMutation } from '../../data/hooks';
import { type FormValues, MutationDialog, type MutationDialogProps } from '../../shared/MutationDialog';
import { localInputValue, shortDateTime } from './rosterTime';
import { type Shift, shiftSummary } from './ShiftChip';
import { EnumInput } from '../../shared/EnumInput';

const iso = (v: unknown) => (typeof v === 'string' && v ? shanghaiLocalToIso(v) : undefined);
const CONFLICT = 'onedoor.grid.roster.editRefused';
const field = (name: string) => `onedoor.grid.roster.fields.${name}`;

/** Who and when (Beijing time), and a line of text: a shift's note, a leave's reason. */
function ShiftInputs({ text }: { text: 'note' | 'reason' }) {
  return (
    <>
      <PersonInput source="personId" label={field('person')} />
      <Box sx={{ display: 'flex', gap: 2 }}>
        {(['startsAt', 'endsAt'] as const).map((time) => (
          <TextInput
            key={time}
            source={time}
            type="datetime-local"
            label={field(time)}
            validate={required()}
            helperText={false}
          />
        ))}
      </Box>
      <TextInput source={text} label={field(text)} fullWidth helperText={false} />
    </>
  );
}

/** The typed times as the API's instants. */
const withInstants = (v: FormValues) => ({ ...v, startsAt: iso(v.startsAt), endsAt: iso(v.endsAt) });

/**
 * The roster's dialogs for the day on screen: add a shift (refused by the API if it creates a conflict), and
 * record a person's leave (the shifts it overlaps then show as conflicts until reassigned).
 */
export function DayDialogs({ day }: { day: string }) {
  const dialogs: MutationDialogProps[] = [
    {
      label: 'onedoor.grid.roster.addShift',
      icon: <AddIcon />,
      mutation: ADD_DUTY_SHIFT,
      successMessage: 'onedoor.grid.roster.saved',
      conflictMessage: CONFLICT,
      testId: 'add-shift-dialog',
      defaultValues: { kind: 'WORK_HOURS', startsAt: `${day}T08:30`, endsAt: `${day}T12:00` },
      nullWhenEmpty: ['note'],
      toInput: withInstants,
      children: (
        <>
          <EnumInput source="kind" enumName="DutyShiftKind" label={field('kind')} helperText={false} isRequired />
          <ShiftInputs text="note" />
        </>
      ),
    },
    {
      label: 'onedoor.grid.roster.recordLeave',
      icon: <EventBusyIcon />,
      mutation: RECORD_DUTY_LEAVE,
      successMessage: 'onedoor.grid.roster.leaveRecorded',
      testId: 'leave-dialog',
      defaultValues: { startsAt: `${day}T00:00`, endsAt: `${day}T23:59` },
      nullWhenEmpty: ['reason'],
      toInput: withInstants,
      children: <ShiftInputs text="reason" />,
    },
  ];
  return dialogs.map((dialog) => <MutationDialog key={dialog.label} {...dialog} />);
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
        nullWhenEmpty={['reason']}
        toInput={(v) => ({ ...v, firstShiftId: shift.id })}
        testId="swap-dialog"
      >
        <Typography variant="body2" sx={{ mb: 2 }}>
          {summary}
        </Typography>
        <SelectInput
          source="secondShiftId"
          choices={others}
          translateChoice={false}
          label={field('swapWith')}
          validate={required()}
          fullWidth
          helperText={false}
        />
        <TextInput source="reason" label={field('reason')} fullWidth helperText={false} />
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
        ...withInstants(v),
        id: shift.id,
        version: shift.version,
        personId: v.personId !== shift.person.id ? v.personId : undefined,
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
          <ShiftInputs text="note" />
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
