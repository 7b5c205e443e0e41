import { Card, CardContent, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** One figure: a label, the number, and a line of context (change, share, count). */
export function KpiCard({
  id,
  label,
  value,
  hint,
  accent,
}: {
  id: string;
  label: string;
  value: string;
  hint?: ReactNode;
  accent?: string;
}) {
  return (
    <Card data-testid={`kpi-${id}`} sx={{ height: '100%', borderTop: 3, borderColor: accent ?? 'primary.main' }}>
      <CardContent>
        <Typography variant="body2" color="text.secondary">
          {label}
        </Typography>
        <Typography
          variant={value.length > 10 ? 'h5' : 'h4'}
          data-testid={`kpi-${id}-value`}
          sx={{ fontWeight: 600, my: 0.5, lineHeight: '42px', fontVariantNumeric: 'tabular-nums' }}
        >
          {value}
        </Typography>
        <Stack direction="row" spacing={1} sx={{ minHeight: 20 }}>
          {typeof hint === 'string' ? (
            <Typography variant="caption" color="text.secondary">
              {hint}
            </Typography>
          ) : (
            hint
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}
