import { useState } from 'react';
import { Button, type RaRecord, useDataProvider, useListContext, useNotify, useTranslate } from 'react-admin';
import DownloadIcon from '@mui/icons-material/GetApp';

/** One column of an export: a translated header and the text of a record (names, never ids). */
export interface CsvColumn<R = RaRecord> {
  /** Translation key of the header. */
  label: string;
  value(record: R, translate: (key: string) => string): string | number | null | undefined;
}

const PAGE = 200;

function cell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV text with a byte-order mark so spreadsheet programs read the Chinese correctly. */
export function toCsv<R>(
  columns: readonly CsvColumn<R>[],
  records: readonly R[],
  translate: (key: string) => string,
): string {
  const lines = [columns.map((c) => cell(translate(c.label))).join(',')];
  for (const r of records) lines.push(columns.map((c) => cell(c.value(r, translate))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * Exports the whole filtered, sorted list (not just the page on screen), fetched page by page within
 * the API's page limit, as CSV with translated headers.
 */
export function ExportCsvButton<R extends RaRecord>({
  columns,
  filename,
}: {
  columns: readonly CsvColumn<R>[];
  filename: string;
}) {
  const list = useListContext();
  const { resource, sort, total } = list;
  const filterValues = list.filterValues as Record<string, unknown>;
  const dataProvider = useDataProvider();
  const translate = useTranslate();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const records: R[] = [];
      for (let page = 1; ; page += 1) {
        const { data, total: all } = await dataProvider.getList<R>(resource, {
          filter: filterValues,
          sort,
          pagination: { page, perPage: PAGE },
        });
        records.push(...data);
        if (data.length < PAGE || records.length >= (all ?? 0)) break;
      }
      const url = URL.createObjectURL(
        new Blob([toCsv(columns, records, translate)], { type: 'text/csv;charset=utf-8' }),
      );
      const link = Object.assign(document.createElement('a'), { href: url, download: `${filename}.csv` });
      link.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button label="ra.action.export" onClick={() => void run()} disabled={busy || total === 0}>
      <DownloadIcon />
    </Button>
  );
}
