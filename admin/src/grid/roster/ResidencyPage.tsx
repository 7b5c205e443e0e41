import { useState } from 'react';
import {
  Box,
  Card,
  CardContent,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField as MuiTextField,
  Typography,
} from '@mui/material';
import { Link } from 'react-router-dom';
import {
  AutocompleteInput,
  Button,
  DateInput,
  NumberInput,
  ReferenceInput,
  required,
  SelectArrayInput,
  SelectInput,
  TextInput,
  Title,
  useTranslate,
} from 'react-admin';
import { useHasRole } from '../../auth/roles';
import { useGraphQLQuery } from '../../data/hooks';
import { enumChoices } from '../../format/fields';
import { formatDate, todayInShanghai } from '../../format/time';
import { ADD_RESIDENCY, PLAN_MONTHLY_ROTATION, RESIDENTS_ON } from '../operations';
import { RESIDENCY_PLANNERS } from '../roles';
import { MutationDialog } from '../../shared/MutationDialog';

interface Residency {
  id: string;
  mode: string;
  window: string | null;
  startsOn: string;
  endsOn: string | null;
  caseLoad: number | null;
  organisation: { id: string; name: string; kind: string };
}

/** Who staffs the centre on a day (入驻): permanent, rotating and on-call organisations, by window. */
export function ResidencyPage() {
  const translate = useTranslate();
  const mayPlan = useHasRole(...RESIDENCY_PLANNERS);
  const [date, setDate] = useState(todayInShanghai());
  const [dialog, setDialog] = useState<'add' | 'plan' | null>(null);
  const { data } = useGraphQLQuery<{ residentsOn: Residency[] }>(RESIDENTS_ON, { date });
  const rows = data?.residentsOn ?? [];
  return (
    <Box sx={{ mt: 1 }}>
      <Title title="onedoor.grid.residency.title" />
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', mb: 2 }}>
        <MuiTextField
          type="date"
          size="small"
          label={translate('onedoor.grid.residency.date')}
          value={date}
          onChange={(e) => e.target.value && setDate(e.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <Box sx={{ flex: 1 }} />
        {mayPlan && <Button label="onedoor.grid.residency.add" onClick={() => setDialog('add')} />}
        {mayPlan && (
          <Button label="onedoor.grid.residency.plan" variant="contained" onClick={() => setDialog('plan')} />
        )}
      </Box>
      <Card>
        <CardContent>
          <Table size="small" data-testid="residents">
            <TableHead>
              <TableRow>
                {['organisation', 'mode', 'window', 'startsOn', 'endsOn', 'caseLoad'].map((f) => (
                  <TableCell key={f}>{translate(`onedoor.grid.residency.fields.${f}`)}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.id}>
                  <TableCell>
                    <Link to={`/organisations/${r.organisation.id}/show`}>{r.organisation.name}</Link>
                  </TableCell>
                  <TableCell>{translate(`enums.ResidencyMode.${r.mode}`)}</TableCell>
                  <TableCell>{r.window ?? ''}</TableCell>
                  <TableCell>{formatDate(r.startsOn)}</TableCell>
                  <TableCell>{formatDate(r.endsOn)}</TableCell>
                  <TableCell>{r.caseLoad ?? ''}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {rows.length === 0 && (
            <Typography color="text.secondary" sx={{ mt: 1 }}>
              {translate('onedoor.common.empty')}
            </Typography>
          )}
        </CardContent>
      </Card>
      <MutationDialog
        label="onedoor.grid.residency.add"
        open={dialog === 'add'}
        onClose={() => setDialog(null)}
        mutation={ADD_RESIDENCY}
        successMessage="onedoor.grid.residency.added"
        defaultValues={{ mode: 'PERMANENT', startsOn: date }}
        toInput={(v) => ({
          organisationId: v.organisationId,
          mode: v.mode,
          window: v.window || null,
          startsOn: v.startsOn,
          endsOn: v.endsOn || null,
        })}
      >
        <ReferenceInput source="organisationId" reference="organisations" sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteInput
            optionText="name"
            label="onedoor.grid.residency.fields.organisation"
            filterToQuery={(q) => ({ q })}
            validate={required()}
            helperText={false}
          />
        </ReferenceInput>
        <SelectInput
          source="mode"
          choices={enumChoices('ResidencyMode')}
          label="onedoor.grid.residency.fields.mode"
          validate={required()}
          helperText={false}
        />
        <TextInput source="window" label="onedoor.grid.residency.fields.window" helperText={false} />
        <DateInput
          source="startsOn"
          label="onedoor.grid.residency.fields.startsOn"
          validate={required()}
          helperText={false}
        />
        <DateInput source="endsOn" label="onedoor.grid.residency.fields.endsOn" helperText={false} />
      </MutationDialog>
      <MutationDialog
        label="onedoor.grid.residency.plan"
        open={dialog === 'plan'}
        onClose={() => setDialog(null)}
        mutation={PLAN_MONTHLY_ROTATION}
        successMessage="onedoor.grid.residency.planned"
        defaultValues={{ month: date.slice(0, 7), count: 4, lookBackMonths: 3, kinds: ['DEPARTMENT'] }}
        toInput={(v) => ({ month: v.month, count: v.count, lookBackMonths: v.lookBackMonths, kinds: v.kinds })}
      >
        <TextInput
          source="month"
          type="month"
          label="onedoor.grid.roster.fields.month"
          validate={required()}
          helperText={false}
        />
        <NumberInput source="count" label="onedoor.grid.residency.fields.count" min={1} max={20} helperText={false} />
        <NumberInput
          source="lookBackMonths"
          label="onedoor.grid.residency.fields.lookBackMonths"
          min={1}
          max={12}
          helperText={false}
        />
        <SelectArrayInput
          source="kinds"
          choices={enumChoices('OrganisationKind')}
          label="onedoor.grid.residency.fields.kinds"
          helperText={false}
        />
      </MutationDialog>
    </Box>
  );
}
