import type { ReactNode } from 'react';
import { type SxProps, Table, TableBody, TableCell, TableHead, TableRow, type Theme } from '@mui/material';
import { useTranslate } from 'react-admin';

export interface Column<R> {
  /** Translation key of the heading (none for a column of buttons). */
  label?: string;
  value: (row: R) => ReactNode;
  /** Figures line up on the right. */
  numeric?: boolean;
  nowrap?: boolean;
}

/**
 * A small read-only table of rows a screen already holds (a report, a search's hits), headed by
 * translated labels. Lists of records use react-admin's Datagrid instead.
 */
export function SimpleTable<R>({
  columns,
  rows,
  rowKey,
  rowSx,
  testId,
  label,
  sx,
}: {
  /** A column may be `false` where the viewer's role does not see it. */
  columns: readonly (Column<R> | false)[];
  rows: readonly R[];
  /** Each row's key; `index` only for rows that have nothing of their own to tell them apart. */
  rowKey: (row: R, index: number) => string | number;
  rowSx?: (row: R) => SxProps<Theme>;
  testId?: string;
  /** The table's accessible name (a translation key). */
  label?: string;
  sx?: SxProps<Theme>;
}) {
  const translate = useTranslate();
  const shown = columns.filter((c): c is Column<R> => c !== false);
  const cell = (c: Column<R>) => ({
    align: c.numeric ? ('right' as const) : undefined,
    sx: c.nowrap ? { whiteSpace: 'nowrap' } : undefined,
  });
  return (
    <Table size="small" data-testid={testId} aria-label={label ? translate(label) : undefined} sx={sx}>
      <TableHead>
        <TableRow>
          {shown.map((c, i) => (
            <TableCell key={c.label ?? i} {...cell(c)}>
              {c.label ? translate(c.label) : null}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row, index) => (
          <TableRow key={rowKey(row, index)} sx={rowSx?.(row)}>
            {shown.map((c, i) => (
              <TableCell key={c.label ?? i} {...cell(c)}>
                {c.value(row)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
