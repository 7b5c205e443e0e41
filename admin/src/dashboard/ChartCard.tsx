import type { ReactNode } from 'react';
import { Box, Card, CardContent, CircularProgress, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** A titled card holding one chart; shows a spinner while loading and a quiet line when empty. */
export function ChartCard({
  title,
  subtitle,
  testId,
  loading,
  empty,
  height,
  children,
}: {
  title: string;
  subtitle?: string;
  testId: string;
  loading?: boolean;
  empty?: boolean;
  /** Fixed for charts (they fill it); tables leave it out and take the room they need. */
  height?: number;
  children: ReactNode;
}) {
  const translate = useTranslate();
  return (
    <Card data-testid={testId} sx={{ height: '100%' }}>
      <CardContent>
        <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
          {title}
        </Typography>
        {subtitle && (
          <Typography variant="caption" color="text.secondary">
            {subtitle}
          </Typography>
        )}
        <Box sx={{ height: height ?? 'auto', minHeight: height ? undefined : 200, mt: 1, position: 'relative' }}>
          {loading ? (
            <Box sx={{ height: height ?? 200, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
              <CircularProgress size={28} />
            </Box>
          ) : empty ? (
            <Box sx={{ height: height ?? 200, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
              <Typography color="text.secondary">{translate('onedoor.dashboard.empty')}</Typography>
            </Box>
          ) : (
            children
          )}
        </Box>
      </CardContent>
    </Card>
  );
}
