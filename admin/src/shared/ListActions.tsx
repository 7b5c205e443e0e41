import { FilterButton, type RaRecord, TopToolbar, useFilterContext, useResourceContext } from 'react-admin';
import { type CsvColumn, ExportCsvButton } from './ExportCsvButton';
import { RoleButtons, type RoleButton } from './RoleToolbar';

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

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
  /** The export's file name, without `.csv`: the resource's name in kebab case (`grid-units`) when left out. */
  filename?: string;
  adds?: RoleButton[];
}) {
  const resource = useResourceContext() ?? '';
  // A list without filters has no filter button (react-admin's own refuses to render there).
  const filters = useFilterContext();
  return (
    <TopToolbar>
      {filters && <FilterButton />}
      <RoleButtons buttons={adds} />
      <ExportCsvButton columns={columns} filename={filename ?? kebab(resource)} />
    </TopToolbar>
  );
}
