import { useState } from 'react';
import { useController, useFormContext, useWatch } from 'react-hook-form';
import { Alert, Box, Button as MuiButton, Typography } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Button, required, SelectInput, TextInput, useTranslate } from 'react-admin';
import { useGraphQLMutation } from '../../data/hooks';
import { enumChoices } from '../../format/fields';
import { formatDate } from '../../format/time';
import { MutationDialog } from '../../shared/MutationDialog';
import { type CalendarImportView, IMPORT_CALENDAR, PREVIEW_CALENDAR_IMPORT } from './operations';

const t = (key: string) => `onedoor.cases.calendar.import.${key}`;

/** Picks the schedule file and keeps its text in the form's `content`; its ending chooses the format. */
function ScheduleFileInput() {
  const translate = useTranslate();
  const { setValue } = useFormContext();
  const { field, fieldState } = useController({ name: 'content', rules: { required: true } });
  const [fileName, setFileName] = useState<string | null>(null);
  return (
    <Box sx={{ my: 1 }}>
      <MuiButton component="label" variant="outlined" startIcon={<UploadFileIcon />}>
        {translate(t('chooseFile'))}
        <input
          hidden
          type="file"
          accept=".csv,.ics,text/csv,text/calendar"
          data-testid="calendar-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            setFileName(file.name);
            if (/\.ics$/i.test(file.name)) setValue('format', 'ICALENDAR');
            if (/\.csv$/i.test(file.name)) setValue('format', 'CSV');
            void file.text().then((text) => field.onChange(text));
          }}
        />
      </MuiButton>
      <Typography variant="body2" component="span" sx={{ ml: 1 }} color={fieldState.error ? 'error' : undefined}>
        {fileName ?? translate(fieldState.error ? t('fileRequired') : t('noFile'))}
      </Typography>
    </Box>
  );
}

/** Runs the import as a preview (nothing is written) and shows what it would change. */
function ImportPreview() {
  const translate = useTranslate();
  const [format, content, source] = useWatch({ name: ['format', 'content', 'source'] }) as [string, string, string];
  const preview = useGraphQLMutation<{ previewCalendarImport: CalendarImportView }>(PREVIEW_CALENDAR_IMPORT);
  const result = preview.data?.previewCalendarImport;
  const ready = !!format && !!content && !!source;
  const days = (list: { date: string; name: string }[]) =>
    list
      .slice(0, 12)
      .map((d) => `${formatDate(d.date)} ${d.name}`)
      .join('；') + (list.length > 12 ? ' …' : '');
  return (
    <Box sx={{ mt: 1 }}>
      <Button
        label={t('preview')}
        variant="outlined"
        disabled={!ready || preview.isPending}
        onClick={() => preview.mutate({ input: { format, content, source } })}
      />
      {result && (
        <Alert severity={result.removed.length > 0 ? 'warning' : 'info'} sx={{ mt: 1 }} data-testid="calendar-preview">
          <Typography variant="body2">
            {translate(t('summary'), {
              years: result.years.join('、'),
              added: result.added.length,
              removed: result.removed.length,
              changed: result.changed.length,
              unchanged: result.unchanged,
              moved: result.deadlinesMoved,
            })}
          </Typography>
          {result.added.length > 0 && (
            <Typography variant="body2">{`${translate(t('added'))}：${days(result.added)}`}</Typography>
          )}
          {result.removed.length > 0 && (
            <Typography variant="body2">{`${translate(t('removed'))}：${days(result.removed)}`}</Typography>
          )}
        </Alert>
      )}
    </Box>
  );
}

/** Imports a year's official holiday schedule (CSV or iCalendar) after a preview; every open clock follows. */
export function CalendarImportDialog() {
  const translate = useTranslate();
  return (
    <MutationDialog
      label={t('open')}
      icon={<UploadFileIcon />}
      mutation={IMPORT_CALENDAR}
      successMessage={t('done')}
      submitLabel={t('submit')}
      defaultValues={{ format: 'ICALENDAR' }}
      fieldLabel={(field) => t(field)}
      maxWidth="md"
      testId="calendar-import"
      intro={
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate(t('intro'))}
        </Typography>
      }
    >
      <ScheduleFileInput />
      <SelectInput
        source="format"
        label={t('format')}
        choices={enumChoices('CalendarFileFormat')}
        validate={required()}
      />
      <TextInput source="source" label={t('source')} validate={required()} fullWidth helperText={t('sourceHint')} />
      <ImportPreview />
    </MutationDialog>
  );
}
