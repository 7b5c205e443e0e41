import { FilterButton, type RaRecord, TopToolbar, useFilterContext } from 'react-admin';
import { type CsvColumn, ExportCsvButton } from './ExportCsvButton';
import { RoleButtons, type RoleButton } from './RoleToolbar';

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
  adds?: RoleButton[];
}) {
  // A list without filters has no filter button (react-admin's own refuses to render there).
  const filters = useFilterContext();
  return (
    <TopToolbar>
      {filters && <FilterButton />}
      <RoleButtons buttons={adds} />
      <ExportCsvButton columns={columns} filename={filename} />
    </TopToolbar>
  );
}
