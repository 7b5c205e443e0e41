import { BooleanInput, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';
import AutoModeIcon from '@mui/icons-material/AutoMode';
import { GENERATE_DUTY_MONTH } from '../operations';
import { MonthInput, PersonsInput } from '../inputs';
import { MutationDialog } from '../../shared/MutationDialog';

/** The rotation rule's lists (GenerateDutyMonthInput): each list rotates through its kind of shift. */
const LISTS = ['workHours', 'noon', 'night', 'weekendDay', 'weekendLeaders'] as const;

/**
 * "Generate from a rule": a month and who rotates through which shifts. The API skips whoever is on
 * leave, booked or resting and writes the month only if it comes out without gap or conflict.
 */
export function GenerateDutyDialog({ month }: { month: string }) {
  const translate = useTranslate();
  return (
    <MutationDialog
      label="onedoor.grid.roster.generate"
      title="onedoor.grid.roster.generateTitle"
      icon={<AutoModeIcon />}
      variant="contained"
      mutation={GENERATE_DUTY_MONTH}
      successMessage="onedoor.grid.roster.generated"
      conflictMessage="onedoor.grid.roster.generateRefused"
      toInput={(v) => ({
        month: v.month,
        ...Object.fromEntries(LISTS.map((l) => [l, (v[l] as string[] | undefined) ?? []])),
        replace: v.replace === true,
      })}
      defaultValues={{ month, replace: false }}
      submitLabel="onedoor.grid.roster.generate"
      testId="generate-dialog"
    >
      <Typography variant="body2" sx={{ mb: 2 }}>
        {translate('onedoor.grid.roster.generateHelp')}
      </Typography>
      <MonthInput />
      {LISTS.map((l) => (
        <PersonsInput key={l} source={l} label={`onedoor.grid.roster.fields.${l}`} />
      ))}
      <BooleanInput
        source="replace"
        label="onedoor.grid.roster.fields.replace"
        helperText="onedoor.grid.roster.replaceHelp"
      />
    </MutationDialog>
  );
}
