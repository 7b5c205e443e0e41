import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** One headline figure under its label (a report's count, a pool's size). */
export function Figure({
  label,
  value,
  testId,
  size = 'h5',
}: {
  /** Translation key of the label. */
  label: string;
  value: number;
  testId?: string;
  size?: 'h4' | 'h5';
}) {
  const translate = useTranslate();
  return (
    <Box sx={{ minWidth: size === 'h4' ? 140 : 100 }}>
      <Typography variant="body2" color="text.secondary">
        {translate(label)}
      </Typography>
      <Typography variant={size} data-testid={testId}>
        {value}
      </Typography>
    </Box>
  );
}
