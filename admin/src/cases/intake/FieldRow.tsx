import type { ReactNode } from 'react';
import { Box } from '@mui/material';

/** Inputs side by side, wrapping on narrow screens (react-admin's inputs fill their cell). */
export function FieldRow({ children, min = 220 }: { children: ReactNode; min?: number }) {
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: `repeat(auto-fill, minmax(${min}px, 1fr))`,
        columnGap: 2,
        alignItems: 'start',
        width: '100%',
      }}
    >
      {children}
    </Box>
  );
}
