import { Alert, Card, CardContent, CardHeader, Stack, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/GetApp';
import { Button, useTranslate } from 'react-admin';
import { Figure } from '../../shared/Figure';
import { SimpleTable } from '../../shared/SimpleTable';
import { POOL_CSV_COLUMNS } from '../enums';
import { downloadText } from '../download';
import { rejectionsCsv } from './importCsv';
import type { PoolImportReport } from '../operations';

/** A CSV column in words (`nationalId` → 身份证号), or as written when the API names another. */
export function useColumnLabel() {
  const translate = useTranslate();
  return (field: string) =>
    POOL_CSV_COLUMNS.includes(field) ? translate(`onedoor.people.import.columns.${field}`) : field;
}

/** The report's counts, each under its label (`onedoor.people.import.<key>`). */
const COUNTS: [string, (report: PoolImportReport) => number][] = [
  ['totalRows', (r) => r.totalRows],
  ['created', (r) => r.created],
  ['updated', (r) => r.updated],
  ['unchanged', (r) => r.unchanged],
  ['rejected', (r) => r.rejected.length],
];

/** What the import did: counts, and every refused row with its column and reason (downloadable). */
export function ImportReportView({ report }: { report: PoolImportReport }) {
  const translate = useTranslate();
  const column = useColumnLabel();
  return (
    <Card sx={{ mt: 2 }} data-testid="import-report">
      <CardHeader title={translate('onedoor.people.import.reportTitle')} />
      <CardContent>
        <Alert severity={report.committed ? (report.rejected.length ? 'warning' : 'success') : 'error'} sx={{ mb: 2 }}>
          {translate(report.committed ? 'onedoor.people.import.committed' : 'onedoor.people.import.notCommitted')}
        </Alert>
        <Stack direction="row" spacing={3} sx={{ mb: 2 }}>
          {COUNTS.map(([key, count]) => (
            <Figure key={key} label={`onedoor.people.import.${key}`} value={count(report)} testId={`import-${key}`} />
          ))}
        </Stack>
        {report.rejected.length > 0 && (
          <>
            <Stack direction="row" justifyContent="space-between" alignItems="center">
              <Typography variant="subtitle1">{translate('onedoor.people.import.rejectedTitle')}</Typography>
              <Button
                label="onedoor.people.import.downloadRejected"
                onClick={() => downloadText('import-rejected.csv', rejectionsCsv(report.rejected, translate, column))}
              >
                <DownloadIcon />
              </Button>
            </Stack>
            <SimpleTable
              testId="import-rejections"
              rows={report.rejected}
              rowKey={(r) => `${r.line}-${r.field}`}
              columns={[
                { label: 'onedoor.people.import.line', value: (r) => r.line },
                { label: 'onedoor.people.import.field', value: (r) => column(r.field) },
                { label: 'onedoor.people.import.reason', value: (r) => r.reason },
              ]}
            />
          </>
        )}
      </CardContent>
    </Card>
  );
}
