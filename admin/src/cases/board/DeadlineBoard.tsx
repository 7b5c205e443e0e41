import { useState } from 'react';
import { Autocomplete, Box, Card, CardContent, Chip, Stack, TextField, Typography } from '@mui/material';
import { Loading, Title, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { useGraphQLQuery } from '../../data/hooks';
import { formatDateTime } from '../../format/time';
import { PlainSelect } from '../../shared/PlainInputs';
import { SimpleTable } from '../../shared/SimpleTable';
import { DEADLINE_BOARD } from '../operations';
import { WARNING_HUES } from '../enums';
import { useOrganisations } from '../inputs';
import { WarningChip } from '../WarningChip';
import { WarningColour } from '../../generated/enums';

interface BoardCase {
  id: string;
  number: string;
  title: string;
  status: string;
  warning: string;
  deadlineAt: string;
  category: { name: string };
}
interface BoardRow {
  unit: { id: string; name: string } | null;
  yellow: number;
  red: number;
  cases: BoardCase[];
}

const COUNTED = ['BLUE', 'YELLOW', 'RED'] as const;

function UnitCard({ row, minimum }: { row: BoardRow; minimum: string }) {
  const translate = useTranslate();
  const f = (key: string) => `resources.cases.fields.${key}`;
  const count = (colour: string) => row.cases.filter((c) => c.warning === colour).length;
  return (
    <Card variant="outlined" data-testid="board-unit" data-unit={row.unit?.name ?? ''}>
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
          <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
            {row.unit?.name ?? translate('onedoor.cases.board.unrouted')}
          </Typography>
          <Box sx={{ flex: 1 }} />
          {COUNTED.filter((c) => WarningColour.indexOf(c) >= WarningColour.indexOf(minimum as never)).map((colour) => (
            <Chip
              key={colour}
              size="small"
              sx={{ bgcolor: WARNING_HUES[colour], color: '#fff' }}
              label={`${translate(`enums.WarningColour.${colour}`)} ${translate('onedoor.cases.board.count', { n: count(colour) })}`}
            />
          ))}
        </Box>
        <SimpleTable
          rows={row.cases}
          rowKey={(c) => c.id}
          rowSx={(c) => ({ borderLeft: 4, borderLeftColor: WARNING_HUES[c.warning] })}
          columns={[
            { label: f('number'), value: (c) => <Link to={`/cases/${c.id}/show`}>{c.number}</Link> },
            { label: f('title'), value: (c) => c.title },
            { label: f('category.name'), value: (c) => c.category.name },
            { label: f('status'), value: (c) => translate(`enums.CaseStatus.${c.status}`), nowrap: true },
            { label: f('deadlineAt'), value: (c) => formatDateTime(c.deadlineAt), nowrap: true },
            { label: f('warning'), value: (c) => <WarningChip colour={c.warning} /> },
          ]}
        />
      </CardContent>
    </Card>
  );
}

/** The deadline board (时限预警): open cases from a colour up, grouped by lead unit, with counts per colour. */
export function DeadlineBoard() {
  const translate = useTranslate();
  const organisations = useOrganisations();
  const [unitId, setUnitId] = useState<string | null>(null);
  const [minimum, setMinimum] = useState<string>('YELLOW');
  const { data, isPending } = useGraphQLQuery<{ deadlineBoard: BoardRow[] }>(DEADLINE_BOARD, { unitId, minimum });
  const rows = data?.deadlineBoard ?? [];
  return (
    <Box sx={{ p: 2 }}>
      <Title title="onedoor.cases.board.title" />
      <Stack direction="row" spacing={2} sx={{ mb: 2 }}>
        <Autocomplete
          sx={{ minWidth: 360 }}
          options={organisations}
          getOptionLabel={(o) => o.name}
          value={organisations.find((o) => o.id === unitId) ?? null}
          onChange={(_, o) => setUnitId(o?.id ?? null)}
          renderInput={(params) => (
            <TextField {...params} label={translate('onedoor.cases.board.unit')} size="small" name="unitId" />
          )}
        />
        <PlainSelect
          label="onedoor.cases.board.minimum"
          value={minimum}
          onChange={setMinimum}
          options={WarningColour.map((c) => ({
            value: c,
            label: c === 'NONE' ? translate('onedoor.cases.board.allOpen') : translate(`enums.WarningColour.${c}`),
          }))}
        />
      </Stack>
      {isPending ? (
        <Loading />
      ) : rows.length === 0 ? (
        <Typography color="text.secondary">{translate('onedoor.cases.board.empty')}</Typography>
      ) : (
        <Stack spacing={2}>
          {rows.map((row) => (
            <UnitCard key={row.unit?.id ?? 'centre'} row={row} minimum={minimum} />
          ))}
        </Stack>
      )}
    </Box>
  );
}
