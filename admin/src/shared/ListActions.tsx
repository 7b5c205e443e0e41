import type { ReactElement } from 'react';
import { FilterButton, type RaRecord, TopToolbar, usePermissions } from 'react-admin';
import { hasRole, type Role } from '../auth/roles';
import { type CsvColumn, ExportCsvButton } from './ExportCsvButton';

/**
 * A list's toolbar: its filters, what the viewer's roles may add (a create button, a dialog, a link to a
 * workflow screen), and the export of what the filters show.
 */
export function ListActions<R extends RaRecord>({
  columns,
  filename,
  adds = [],
}: {
  columns: CsvColumn<R>[];
  filename: string;
  /** Each button with the roles that see it (keyed elements). */
  adds?: [readonly Role[], ReactElement][];
}) {
  const { permissions } = usePermissions<string[]>();
  return (
    <TopToolbar>
      <FilterButton />
      {adds.filter(([roles]) => hasRole(permissions, roles)).map(([, button]) => button)}
      <ExportCsvButton columns={columns} filename={filename} />
    </TopToolbar>
  );
}
