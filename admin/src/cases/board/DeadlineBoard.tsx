import { useState } from 'react';
import { Autocomplete, Box, Button, Card, CardContent, Chip, Stack, TextField, Typography } from '@mui/material';
import { Loading, Title, usePermissions, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { useGraphQLQuery } from '../../data/hooks';
import { formatDateTime } from '../../format/time';
import { MutationDialog } from '../../shared/MutationDialog';
import { PlainSelect } from '../../shared/PlainInputs';
import { SimpleTable } from '../../shared/SimpleTable';
import { mayUrge } from '../actions/allowed';
import { UrgeNote } from '../actions/forms';
import { CalendarYearsWarning } from '../calendar/CalendarYearsWarning';
import { DaysLeft } from '../DaysLeft';
import { DEADLINE_BOARD, TRANSITIONS } from '../operations';
import { WARNING_HUES } from '../enums';
import { useOrganisationSearch } from '../inputs';
import { useOrganisationText } from '../../shared/OrganisationPicker';
import { WarningChip } from '../WarningChip';
import { WarningColour } from '../../generated/enums';
import { caseField } from '../record';

interface BoardCase {
  id: string;
  number: string;
  version: number;
  title: string;
  status: string;
  warning: string;
  deadlineAt: string;
  clock: { daysLeft: number | null; unmaintainedCalendarYears: number[] };
  category: { name: string };
}
interface BoardRow {
  unit: { id: string; name: string } | null;
  yellow: number;
  red: number;
  cases: BoardCase[];
}

const COUNTED = ['BLUE', 'YELLOW', 'RED'] as const;

/** The board's orders as the API takes them (`DeadlineBoardOrder`); the server sorts, by the deadline in SQL. */
const ORDERS = {
  WARNINGS: { field: 'WARNINGS', direction: 'ASC' },
  MOST_OVERDUE: { field: 'DAYS_LEFT', direction: 'ASC' },
  MOST_DAYS_LEFT: { field: 'DAYS_LEFT', direction: 'DESC' },
} as const;
type OrderName = keyof typeof ORDERS;

function UnitCard({
  row,
  counted,
  onUrge,
}: {
  row: BoardRow;
  /** The colours the board counts, from its threshold up. */
  counted: readonly (typeof COUNTED)[number][];
  /** Opens the urge dialog for a case; absent for a role that may not urge. */
  onUrge?: (c: BoardCase) => void;
}) {
  const translate = useTranslate();
  const count = (colour: string) => row.cases.filter((c) => c.warning === colour).length;
  return (
    <Card variant="outlined" data-testid="board-unit" data-unit={row.unit?.name ?? ''}>
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
          <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
            {row.unit?.name ?? translate('onedoor.cases.board.unrouted')}
          </Typography>
          <Box sx={{ flex: 1 }} />
          {counted.map((colour) => (
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
            { label: caseField('number'), value: (c) => <Link to={`/cases/${c.id}/show`}>{c.number}</Link> },
            { label: caseField('title'), value: (c) => c.title },
            { label: caseField('category.name'), value: (c) => c.category.name },
            { label: caseField('status'), value: (c) => translate(`enums.CaseStatus.${c.status}`), nowrap: true },
            { label: caseField('deadlineAt'), value: (c) => formatDateTime(c.deadlineAt), nowrap: true },
            {
              label: 'onedoor.cases.board.daysLeft',
              value: (c) => (
                <>
                  <DaysLeft days={c.clock.daysLeft} />{' '}
                  <CalendarYearsWarning years={c.clock.unmaintainedCalendarYears} />
                </>
              ),
            },
            { label: caseField('warning'), value: (c) => <WarningChip colour={c.warning} /> },
            !!onUrge && {
              value: (c) => (
                <Button size="small" variant="outlined" onClick={() => onUrge(c)} data-testid="board-urge">
                  {translate('onedoor.cases.actions.urgeCase')}
                </Button>
              ),
            },
          ]}
        />
      </CardContent>
    </Card>
  );
}

/**
 * The deadline board (时限预警): open cases from a colour up, grouped by lead unit, with counts per colour and each
 * case's days left or overdue, in the order chosen; a supervisor urges a case on (催办) from its row.
 */
export function DeadlineBoard() {
  const translate = useTranslate();
  const { permissions } = usePermissions<string[]>();
  const [unitSearch, setUnitSearch] = useState('');
  const organisations = useOrganisationSearch(unitSearch).found;
  const organisationText = useOrganisationText();
  const [unit, setUnit] = useState<{ id: string; name: string; shortName?: string | null } | null>(null);
  const unitId = unit?.id ?? null;
  const [minimum, setMinimum] = useState<string>('YELLOW');
  const counted = COUNTED.filter((c) => WarningColour.indexOf(c) >= WarningColour.indexOf(minimum as WarningColour));
  const [order, setOrder] = useState<OrderName>('WARNINGS');
  const [urging, setUrging] = useState<BoardCase | null>(null);
  const { data, isPending } = useGraphQLQuery<{ deadlineBoard: BoardRow[] }>(DEADLINE_BOARD, {
    unitId,
    minimum,
    orderBy: ORDERS[order],
  });
  const rows = data?.deadlineBoard ?? [];
  // The board lists running cases only, which are never finished: the role alone decides.
  const canUrge = mayUrge('REGISTERED', { roles: permissions ?? [] });
  return (
    <Box sx={{ p: 2 }}>
      <Title title="onedoor.cases.board.title" />
      <Stack direction="row" spacing={2} sx={{ mb: 2 }}>
        <Autocomplete
          sx={{ minWidth: 360 }}
          options={organisations}
          // The API finds units by name, short name, alias or pinyin (人社局, rsj): no second filter here.
          filterOptions={(found) => found}
          getOptionLabel={organisationText}
          isOptionEqualToValue={(o, v) => o.id === v.id}
          value={unit}
          onChange={(_, o) => setUnit(o)}
          onInputChange={(_, text, reason) => setUnitSearch(reason === 'input' ? text : '')}
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
        <PlainSelect
          label="onedoor.cases.board.order"
          value={order}
          onChange={(v) => setOrder(v as OrderName)}
          options={(Object.keys(ORDERS) as OrderName[]).map((o) => ({
            value: o,
            label: translate(`onedoor.cases.board.orders.${o}`),
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
            <UnitCard
              key={row.unit?.id ?? 'centre'}
              row={row}
              counted={counted}
              onUrge={canUrge ? setUrging : undefined}
            />
          ))}
        </Stack>
      )}
      {urging && (
        // Urged with the version the board last read; the board refreshes after it.
        <MutationDialog
          label="onedoor.cases.actions.urgeCase"
          open
          onClose={() => setUrging(null)}
          mutation={TRANSITIONS.urgeCase}
          successMessage="onedoor.cases.urged"
          intro={
            <Typography variant="body2" sx={{ mb: 1 }} data-testid="urge-case">
              {urging.number} {urging.title}
            </Typography>
          }
          toInput={(v) => ({ note: v.note, caseId: urging.id, expectedVersion: urging.version })}
          testId="urge-dialog"
        >
          <UrgeNote />
        </MutationDialog>
      )}
    </Box>
  );
}
