import type { ReactNode } from 'react';
import { Datagrid, type DatagridProps, List, type ListProps, type RaRecord } from 'react-admin';
import type { CsvColumn } from './ExportCsvButton';
import { ListActions } from './ListActions';
import type { RoleButton } from './RoleToolbar';

export interface RecordListProps<R extends RaRecord> extends Omit<ListProps<R>, 'actions' | 'children'> {
  /** The export of what the filters show (names and words, never ids); a list without one has no toolbar. */
  columns?: CsvColumn<R>[];
  /** The export's file name when it is not the resource's (ListActions). */
  filename?: string;
  /** What the viewer's roles may add from the list (a create button, a dialog, a link to a workflow screen). */
  adds?: RoleButton[];
  /** What a click on a row does: open the record's page unless said otherwise. */
  rowClick?: DatagridProps<R>['rowClick'];
  expand?: DatagridProps<R>['expand'];
  /** The Datagrid's columns. */
  children: ReactNode;
}

/**
 * A resource's list screen: its filters, the toolbar of ListActions, and its rows (no bulk actions in the back
 * office), each opening the record's page.
 */
export function RecordList<R extends RaRecord>(props: RecordListProps<R>) {
  const { columns, filename, adds, rowClick = 'show', expand, children, ...list } = props;
  const actions = columns ? <ListActions columns={columns} filename={filename} adds={adds} /> : false;
  return (
    <List<R> actions={actions} {...list}>
      <Datagrid rowClick={rowClick} bulkActionButtons={false} expand={expand}>
        {children}
      </Datagrid>
    </List>
  );
}
