import { useState } from 'react';
import { Box, Card, CardContent, IconButton, Stack, Typography } from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import { Confirm, DateInput, Form, required, SaveButton, TextInput, Title, useTranslate } from 'react-admin';
import { useHasRole } from '../../auth/roles';
import { PlainDate } from '../../shared/PlainInputs';
import { SimpleTable } from '../../shared/SimpleTable';
import { SETTINGS_EDITORS } from '../roles';
import { useGraphQLMutation, useGraphQLQuery } from '../../data/hooks';
import { formatDate, todayInShanghai } from '../../format/time';
import { fieldErrorsOf } from '../../data/errors';
import { CALENDAR_DAYS, REMOVE_CALENDAR_DAY, SET_CALENDAR_DAY } from '../operations';
import { CalendarImportDialog } from '../calendar/CalendarImportDialog';
import { CalendarYearsPanel } from '../calendar/CalendarYearsPanel';
import { EnumInput } from '../../shared/EnumInput';

interface CalendarDay {
  date: string;
  kind: string;
  name: string;
}
const t = (key: string) => `onedoor.cases.calendar.${key}`;

function plusDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The holiday calendar (节假日与调休) the working-day clocks count on; admins set and remove days. */
export function CalendarScreen() {
  const translate = useTranslate();
  const admin = useHasRole(...SETTINGS_EDITORS);
  const today = todayInShanghai();
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(plusDays(today, 365));
  const [removing, setRemoving] = useState<string | null>(null);
  const { data } = useGraphQLQuery<{ calendarDays: CalendarDay[] }>(CALENDAR_DAYS, { from, to });
  const set = useGraphQLMutation(SET_CALENDAR_DAY, { successMessage: 'onedoor.cases.saved' });
  const remove = useGraphQLMutation(REMOVE_CALENDAR_DAY, { successMessage: 'onedoor.cases.saved' });
  const days = data?.calendarDays ?? [];
  const submit = async (values: Record<string, unknown>) => {
    try {
      await set.mutateAsync({ input: { date: values.date, kind: values.kind, name: values.name } });
      return undefined;
    } catch (error) {
      return fieldErrorsOf(error);
    }
  };
  return (
    <Box sx={{ p: 2 }}>
      <Title title={t('title')} />
      <CalendarYearsPanel />
      {admin && (
        <Box sx={{ mb: 2 }}>
          <CalendarImportDialog />
        </Box>
      )}
      <Stack direction="row" spacing={2} sx={{ mb: 2 }}>
        <PlainDate label={t('from')} value={from} onChange={setFrom} />
        <PlainDate label={t('to')} value={to} onChange={setTo} />
      </Stack>
      {admin && (
        <Card variant="outlined" sx={{ mb: 2 }}>
          <CardContent>
            <Form onSubmit={submit} record={{ kind: 'HOLIDAY' }} noValidate>
              <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
                <DateInput source="date" label={t('date')} validate={required()} />
                <EnumInput source="kind" enumName="CalendarDayKind" label={t('kind')} isRequired />
                <TextInput source="name" label={t('name')} validate={required()} />
                <SaveButton label={translate(t('add'))} sx={{ mt: 1 }} />
              </Stack>
            </Form>
          </CardContent>
        </Card>
      )}
      {days.length === 0 ? (
        <Typography color="text.secondary">{translate(t('empty'))}</Typography>
      ) : (
        <SimpleTable
          rows={days}
          rowKey={(d) => d.date}
          columns={[
            { label: t('date'), value: (d) => formatDate(d.date) },
            { label: t('kind'), value: (d) => translate(`enums.CalendarDayKind.${d.kind}`) },
            { label: t('name'), value: (d) => d.name },
            admin && {
              value: (d) => (
                <IconButton aria-label={translate(t('remove'))} onClick={() => setRemoving(d.date)} size="small">
                  <DeleteIcon fontSize="small" />
                </IconButton>
              ),
            },
          ]}
        />
      )}
      <Confirm
        isOpen={!!removing}
        title={t('remove')}
        content={t('removeConfirm')}
        translateOptions={{ date: removing ?? '' }}
        loading={remove.isPending}
        onClose={() => setRemoving(null)}
        onConfirm={() => remove.mutate({ date: removing }, { onSettled: () => setRemoving(null) })}
      />
    </Box>
  );
}
