import { Box, MenuItem, Stack, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatDate } from '../format/time';
import { PlainDate } from '../shared/PlainInputs';
import type { PeriodKind } from './period';
import type { DashboardScope } from './useDashboardFilter';

const KINDS: readonly PeriodKind[] = ['month', 'last30', 'year', 'custom'];

/** The period (this month, last 30 days, this year, custom days) and the township the figures cover. */
export function PeriodBar({ scope, townships }: { scope: DashboardScope; townships: { id: string; name: string }[] }) {
  const translate = useTranslate();
  const { filter, range } = scope;
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} alignItems={{ md: 'center' }} sx={{ mb: 2 }}>
      <ToggleButtonGroup
        size="small"
        exclusive
        color="primary"
        value={filter.kind}
        sx={{ flexShrink: 0, '& .MuiToggleButton-root': { whiteSpace: 'nowrap', textTransform: 'none' } }}
        aria-label={translate('onedoor.dashboard.period.label')}
        onChange={(_, kind: PeriodKind | null) => {
          if (kind) scope.setFilter({ ...filter, kind, custom: kind === 'custom' ? range : filter.custom });
        }}
      >
        {KINDS.map((kind) => (
          <ToggleButton key={kind} value={kind} sx={{ px: 2 }}>
            {translate(`onedoor.dashboard.period.${kind}`)}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      {filter.kind === 'custom' && (
        <Stack direction="row" spacing={1}>
          <PlainDate
            label="onedoor.dashboard.period.from"
            value={filter.custom.from}
            testId="period-from"
            onChange={(from) => scope.setFilter({ ...filter, custom: { ...filter.custom, from } })}
          />
          <PlainDate
            label="onedoor.dashboard.period.to"
            value={filter.custom.to}
            testId="period-to"
            onChange={(to) => scope.setFilter({ ...filter, custom: { ...filter.custom, to } })}
          />
        </Stack>
      )}
      <TextField
        select
        size="small"
        sx={{ width: 200, flexShrink: 0 }}
        label={translate('onedoor.dashboard.township.label')}
        value={filter.townshipId ?? ''}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        onChange={(e) => scope.setFilter({ ...filter, townshipId: e.target.value || null })}
      >
        <MenuItem value="">{translate('onedoor.dashboard.township.all')}</MenuItem>
        {townships.map((t) => (
          <MenuItem key={t.id} value={t.id}>
            {t.name}
          </MenuItem>
        ))}
      </TextField>
      <Box sx={{ flex: 1 }} />
      <Typography variant="body2" color="text.secondary" data-testid="period-range">
        {translate('onedoor.dashboard.period.range', { from: formatDate(range.from), to: formatDate(range.to) })}
      </Typography>
    </Stack>
  );
}
