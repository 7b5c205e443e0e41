import { useCallback, useEffect, useRef, useState } from 'react';
import { type HttpError, useDataProvider } from 'react-admin';
import { useQueryClient } from '@tanstack/react-query';
import type { OneDoorDataProvider } from '../../data/provider';
import { IMPORT_POOL, IMPORT_PROGRESS, type ImportProgress, type PoolImportReport } from '../operations';

const POLL_MS = 400;

export interface ImportRun {
  running: boolean;
  progress: ImportProgress | null;
  report: PoolImportReport | null;
  error: HttpError | null;
  start(input: { pool: string; csv: string; mode: string }): Promise<void>;
  reset(): void;
}

/**
 * Runs `importPool` with a fresh progress key and polls `poolImportProgress(progressKey)` while the
 * import runs; once it answers, one last poll shows the server's final progress next to the report.
 */
export function useImportRun(): ImportRun {
  const dataProvider = useDataProvider<OneDoorDataProvider>();
  const queryClient = useQueryClient();
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [report, setReport] = useState<PoolImportReport | null>(null);
  const [error, setError] = useState<HttpError | null>(null);
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);
  const stop = () => {
    if (timer.current) clearInterval(timer.current);
    timer.current = null;
  };
  useEffect(() => stop, []);

  const start = useCallback(
    async (input: { pool: string; csv: string; mode: string }) => {
      const key = crypto.randomUUID();
      const poll = async () => {
        const { poolImportProgress } = await dataProvider.graphql<{ poolImportProgress: ImportProgress | null }>(
          IMPORT_PROGRESS,
          { key },
        );
        if (poolImportProgress) setProgress(poolImportProgress);
      };
      setRunning(true);
      setReport(null);
      setError(null);
      setProgress(null);
      timer.current = setInterval(() => void poll().catch(() => undefined), POLL_MS);
      try {
        const { importPool } = await dataProvider.graphql<{ importPool: PoolImportReport }>(IMPORT_POOL, {
          input: { ...input, progressKey: key },
        });
        setReport(importPool);
        await queryClient.invalidateQueries();
      } catch (e) {
        setError(e as HttpError);
      } finally {
        stop();
        await poll().catch(() => undefined);
        setRunning(false);
      }
    },
    [dataProvider, queryClient],
  );

  const reset = useCallback(() => {
    setReport(null);
    setError(null);
    setProgress(null);
  }, []);
  return { running, progress, report, error, start, reset };
}
