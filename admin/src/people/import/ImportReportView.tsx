import {
  Alert,
  Box,
  Card,
  CardContent,
  CardHeader,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import DownloadIcon from '@mui/icons-material/GetApp';
import { Button, useTranslate } from 'react-admin';
import { POOL_CSV_COLUMNS } from '../enums';
import { downloadText } from '../download';
import { rejectionsCsv } from './importCsv';
import type { PoolImportReport } from '../operations';

/** A CSV column in words (`nationalId` → 身份证号), or as written when the API names another. */
export function useColumnLabel() {
  const translate = useTranslate();
  return (field: string) =>
    (POOL_CSV_COLUMNS as readonly string[]).includes(field)
      ? translate(`onedoor.people.import.columns.${field}`)
      : field;
}

function Count({ label, value }: { label: string; value: number }) {
  const translate = useTranslate();
  return (
    <Box sx={{ minWidth: 100 }}>
      <Typography variant="body2" color="text.secondary">
        {translate(label)}
      </Typography>
      <Typography variant="h5" data-testid={`import-${label.split('.').pop()}`}>
        {value}
      </Typography>
    </Box>
  );
}

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
          <Count label="onedoor.people.import.totalRows" value={report.totalRows} />
          <Count label="onedoor.people.import.created" value={report.created} />
          <Count label="onedoor.people.import.updated" value={report.updated} />
          <Count label="onedoor.people.import.unchanged" value={report.unchanged} />
          <Count label="onedoor.people.import.rejected" value={report.rejected.length} />
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
            <Table size="small" data-testid="import-rejections">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('onedoor.people.import.line')}</TableCell>
                  <TableCell>{translate('onedoor.people.import.field')}</TableCell>
                  <TableCell>{translate('onedoor.people.import.reason')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {report.rejected.map((r) => (
                  <TableRow key={`${r.line}-${r.field}`}>
                    <TableCell>{r.line}</TableCell>
                    <TableCell>{column(r.field)}</TableCell>
                    <TableCell>{r.reason}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </>
        )}
      </CardContent>
    </Card>
  );
}
