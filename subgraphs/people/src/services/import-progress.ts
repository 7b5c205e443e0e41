import { HOUR_MS } from '@onedoor/db';

export type ImportPhase = 'VALIDATING' | 'CHECKING_REFERENCES' | 'WRITING' | 'DONE' | 'FAILED';

export interface ImportProgress {
  phase: ImportPhase;
  totalRows: number;
  /** Rows validated so far. */
  validatedRows: number;
  /** Valid rows written so far (inside the import's transaction: nothing is visible before it commits). */
  writtenRows: number;
  updatedAt: Date;
}

const KEEP_MS = HOUR_MS;

/**
 * Progress of running imports, kept in this process for the account that started them. An import is
 * one request; a client polls `poolImportProgress` with the key it chose. Behind several replicas the
 * poll must reach the replica running the import (sticky sessions), or this store must move to a
 * shared one.
 */
export function createImportProgressStore(now: () => Date) {
  const entries = new Map<string, ImportProgress>();
  const prune = () => {
    const limit = now().getTime() - KEEP_MS;
    for (const [k, v] of entries) if (v.updatedAt.getTime() < limit) entries.delete(k);
  };
  return {
    report(accountId: string, key: string, progress: Omit<ImportProgress, 'updatedAt'>): void {
      prune();
      entries.set(`${accountId}:${key}`, { ...progress, updatedAt: now() });
    },
    read(accountId: string, key: string): ImportProgress | null {
      return entries.get(`${accountId}:${key}`) ?? null;
    },
  };
}

export const importProgress = createImportProgressStore(() => new Date());
