import { useState } from 'react';
import { Box, Card, CardContent, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { DateInput, NumberInput, required, SelectArrayInput, TextInput, Title, useTranslate } from 'react-admin';
import { MonthInput } from '../inputs';
import { useHasRole } from '../../auth/roles';
import { PlainDate } from '../../shared/PlainInputs';
import { SimpleTable } from '../../shared/SimpleTable';
import { useGraphQLQuery } from '../../data/hooks';
import { enumChoices } from '../../format/fields';
import { formatDate, todayInShanghai } from '../../format/time';
import { ADD_RESIDENCY, PLAN_MONTHLY_ROTATION, RESIDENTS_ON } from '../operations';
import { RESIDENCY_PLANNERS } from '../roles';
import { MutationDialog } from '../../shared/MutationDialog';
import { OrganisationPicker } from '../../shared/OrganisationPicker';
import { EnumInput } from '../../shared/EnumInput';

interface Residency {
  id: string;
  mode: string;
  window: string | null;
  startsOn: string;
  endsOn: string | null;
  caseLoad: number | null;
  organisation: { id: string; name: string; kind: string };
}

const field = (name: string) => `onedoor.grid.residency.fields.${name}`;

/** A residency from a day on (addResidency). */
function AddResidencyDialog({ day }: { day: string }) {
  return (
    <MutationDialog
      label="onedoor.grid.residency.add"
      mutation={ADD_RESIDENCY}
      successMessage="onedoor.grid.residency.added"
      defaultValues={{ mode: 'PERMANENT', startsOn: day }}
      nullWhenEmpty={['window', 'endsOn']}
    >
      <OrganisationPicker
        source="organisationId"
        reference="organisations"
        label={field('organisation')}
        isRequired
        helperText={false}
        fullWidth={false}
      />
      <EnumInput source="mode" enumName="ResidencyMode" label={field('mode')} helperText={false} isRequired />
      <TextInput source="window" label={field('window')} helperText={false} />
      <DateInput source="startsOn" label={field('startsOn')} validate={required()} helperText={false} />
      <DateInput source="endsOn" label={field('endsOn')} helperText={false} />
    </MutationDialog>
  );
}

/** The month's rotating residencies, chosen among the organisations of the kinds given (planMonthlyRotation). */
function PlanRotationDialog({ month }: { month: string }) {
  return (
    <MutationDialog
      label="onedoor.grid.residency.plan"
      variant="contained"
      mutation={PLAN_MONTHLY_ROTATION}
      successMessage="onedoor.grid.residency.planned"
      defaultValues={{ month, count: 4, lookBackMonths: 3, kinds: ['DEPARTMENT'] }}
    >
      <MonthInput />
      <NumberInput source="count" label={field('count')} min={1} max={20} helperText={false} />
      <NumberInput source="lookBackMonths" label={field('lookBackMonths')} min={1} max={12} helperText={false} />
      <SelectArrayInput
        source="kinds"
        choices={enumChoices('OrganisationKind')}
        label={field('kinds')}
        helperText={false}
      />
    </MutationDialog>
  );
}

/** Who staffs the centre on a day (入驻): permanent, rotating and on-call organisations, by window. */
export function ResidencyPage() {
  const translate = useTranslate();
  const mayPlan = useHasRole(...RESIDENCY_PLANNERS);
  const [date, setDate] = useState(todayInShanghai());
  const { data } = useGraphQLQuery<{ residentsOn: Residency[] }>(RESIDENTS_ON, { date });
  const rows = data?.residentsOn ?? [];
  return (
    <Box sx={{ mt: 1 }}>
      <Title title="onedoor.grid.residency.title" />
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', mb: 2 }}>
        <PlainDate label="onedoor.grid.residency.date" value={date} onChange={setDate} />
        <Box sx={{ flex: 1 }} />
        {mayPlan && <AddResidencyDialog day={date} />}
        {mayPlan && <PlanRotationDialog month={date.slice(0, 7)} />}
      </Box>
      <Card>
        <CardContent>
          <SimpleTable
            testId="residents"
            rows={rows}
            rowKey={(r) => r.id}
            columns={[
              {
                label: field('organisation'),
                value: (r) => <Link to={`/organisations/${r.organisation.id}/show`}>{r.organisation.name}</Link>,
              },
              { label: field('mode'), value: (r) => translate(`enums.ResidencyMode.${r.mode}`) },
              { label: field('window'), value: (r) => r.window ?? '' },
              { label: field('startsOn'), value: (r) => formatDate(r.startsOn) },
              { label: field('endsOn'), value: (r) => formatDate(r.endsOn) },
              { label: field('caseLoad'), value: (r) => r.caseLoad ?? '' },
            ]}
          />
          {rows.length === 0 && (
            <Typography color="text.secondary" sx={{ mt: 1 }}>
              {translate('onedoor.common.empty')}
            </Typography>
          )}
        </CardContent>
      </Card>
    </Box>
  );
}
