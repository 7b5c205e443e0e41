import { type ChangeEvent, useState } from 'react';
import { Alert, Box, Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import DownloadIcon from '@mui/icons-material/GetApp';
import PlayIcon from '@mui/icons-material/PlayArrow';
import { Button, Title, useTranslate } from 'react-admin';
import { useHasRole } from '../../auth/roles';
import { PlainSelect, useEnumOptions } from '../../shared/PlainInputs';
import { PoolSelect } from '../inputs';
import { POOL_CSV_COLUMNS } from '../enums';
import { downloadText } from '../download';
import { countDataRows, progressPercent, readFileText, templateCsv } from './importCsv';
import { ImportReportView, useColumnLabel } from './ImportReportView';
import { POOL_MANAGERS } from '../roles';
import { useImportRun } from './useImportRun';
import { aside, labelled } from '../../format/punctuation';

function Progress({ run }: { run: ReturnType<typeof useImportRun> }) {
  const translate = useTranslate();
  const p = run.progress;
  if (!run.running && !p) return null;
  const phase = p?.phase ?? 'VALIDATING';
  return (
    <Box sx={{ my: 2 }} data-testid="import-progress" data-phase={run.running ? 'RUNNING' : phase}>
      <Typography variant="body2">
        {translate(`enums.ImportPhase.${phase}`)}
        {p &&
          ` · ${translate('onedoor.people.import.progressRows', { validated: p.validatedRows, written: p.writtenRows, total: p.totalRows })}`}
      </Typography>
      <LinearProgress
        variant={p ? 'determinate' : 'indeterminate'}
        value={p ? progressPercent(p) : 0}
        color={phase === 'FAILED' ? 'error' : 'primary'}
      />
    </Box>
  );
}

/** The columns of the file and what goes in them, for whoever fills the template. */
function ColumnHelp() {
  const translate = useTranslate();
  const column = useColumnLabel();
  return (
    <Typography variant="body2" color="text.secondary" component="div" sx={{ mt: 1 }}>
      {translate('onedoor.people.import.formatIntro')}
      <ul style={{ margin: '4px 0' }}>
        {POOL_CSV_COLUMNS.map((c) => (
          <li key={c}>
            {labelled(translate, aside(translate, c, column(c)), translate(`onedoor.people.import.hints.${c}`))}
          </li>
        ))}
      </ul>
    </Typography>
  );
}

/** Bulk import of a pool from CSV (批量导入): choose the pool and file, follow the progress, read the report. */
export function ImportScreen() {
  const translate = useTranslate();
  const allowed = useHasRole(...POOL_MANAGERS);
  const run = useImportRun();
  const modeOptions = useEnumOptions('ImportMode');
  const [pool, setPool] = useState<string>('PEOPLES_MEDIATOR');
  const [mode, setMode] = useState<string>('ALL_OR_NOTHING');
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (!chosen) return;
    run.reset();
    setFile({ name: chosen.name, text: await readFileText(chosen) });
  };
  if (!allowed)
    return (
      <>
        <Title title="onedoor.people.import.title" />
        <Alert severity="warning" sx={{ mt: 2 }}>
          {translate('onedoor.people.import.notAllowed')}
        </Alert>
      </>
    );
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="onedoor.people.import.title" />
      <CardContent>
        <Stack direction="row" spacing={2} alignItems="center" flexWrap="wrap">
          <PoolSelect value={pool} onChange={setPool} />
          <PlainSelect label="onedoor.people.import.mode" value={mode} onChange={setMode} options={modeOptions} />
          <Button component="label" label="onedoor.people.import.chooseFile" variant="outlined">
            <>
              <UploadFileIcon />
              <input
                type="file"
                accept=".csv,text/csv"
                hidden
                onChange={(e) => void choose(e)}
                data-testid="import-file"
              />
            </>
          </Button>
          <Button
            label="onedoor.people.import.template"
            onClick={() => downloadText('pool-import-template.csv', templateCsv())}
          >
            <DownloadIcon />
          </Button>
        </Stack>
        {file && (
          <Typography variant="body2" sx={{ mt: 2 }} data-testid="import-file-summary">
            {translate('onedoor.people.import.fileSummary', { name: file.name, rows: countDataRows(file.text) })}
          </Typography>
        )}
        <Button
          label="onedoor.people.import.start"
          variant="contained"
          sx={{ mt: 2 }}
          disabled={!file || run.running}
          onClick={() => file && void run.start({ pool, mode, csv: file.text })}
        >
          <PlayIcon />
        </Button>
        <Progress run={run} />
        {run.error && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {run.error.message}
          </Alert>
        )}
        {run.report && <ImportReportView report={run.report} />}
        <ColumnHelp />
      </CardContent>
    </Card>
  );
}
