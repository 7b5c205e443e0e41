import { useState } from 'react';
import {
  Autocomplete,
  Box,
  Card,
  CardContent,
  Chip,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { Loading, Title, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { useGraphQLQuery } from '../../data/hooks';
import { formatDateTime } from '../../format/time';
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
  const f = (key: string) => translate(`resources.cases.fields.${key}`);
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
        <Table size="small">
          <TableHead>
            <TableRow>
              {['number', 'title', 'category.name', 'status', 'deadlineAt', 'warning'].map((k) => (
                <TableCell key={k}>{f(k)}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {row.cases.map((c) => (
              <TableRow key={c.id} sx={{ borderLeft: 4, borderLeftColor: WARNING_HUES[c.warning] }}>
                <TableCell>
                  <Link to={`/cases/${c.id}/show`}>{c.number}</Link>
                </TableCell>
                <TableCell>{c.title}</TableCell>
                <TableCell>{c.category.name}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate(`enums.CaseStatus.${c.status}`)}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(c.deadlineAt)}</TableCell>
                <TableCell>
                  <WarningChip colour={c.warning} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
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
        <TextField
          select
          size="small"
          sx={{ minWidth: 200 }}
          label={translate('onedoor.cases.board.minimum')}
          value={minimum}
          onChange={(e) => setMinimum(e.target.value)}
          name="minimum"
        >
          {WarningColour.map((c) => (
            <MenuItem key={c} value={c}>
              {c === 'NONE' ? translate('onedoor.cases.board.allOpen') : translate(`enums.WarningColour.${c}`)}
            </MenuItem>
          ))}
        </TextField>
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
