import { beijingDate, type Executor } from '@onedoor/db';
import { type CertificationRow, createImportRepository, createPoolsRepository, type Pool } from '@onedoor/db/people';
import { badInput, requireViewer, type ServiceCall } from '@onedoor/subgraph-kit';
import type { PeopleContext } from '../context';
import { auditedTransaction } from './audit';
import { parseCsv } from './csv';
import { planImport } from './import-plan';
import { type ImportProgress, importProgress } from './import-progress';
import { type ImportRow, type Rejection, validateRows } from './import-rows';

/** Receives progress as an import moves through its phases (every 1,000 rows while writing). */
export type ProgressListener = (progress: Omit<ImportProgress, 'updatedAt'>) => void;

export type ImportMode = 'ALL_OR_NOTHING' | 'VALID_ROWS_ONLY';
export const MAX_IMPORT_ROWS = 20_000;

export interface ImportPoolInput {
  pool: Pool;
  csv: string;
  mode?: ImportMode | null;
  /** A key of the caller's choosing under which `poolImportProgress` reports this import while it runs. */
  progressKey?: string | null;
}

export interface ImportReport {
  committed: boolean;
  totalRows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: Rejection[];
}

/** Rows naming an organisation or grid unit the grid subgraph does not know are refused. */
async function rejectUnknownReferences({
  ctx,
  rows,
}: {
  ctx: PeopleContext;
  rows: ImportRow[];
}): Promise<{ valid: ImportRow[]; rejected: Rejection[] }> {
  const orgs = await ctx.peers.existing('grid', 'Organisation', [
    ...new Set(rows.flatMap((r) => (r.organisationId ? [r.organisationId] : []))),
  ]);
  const units = await ctx.peers.existing('grid', 'GridUnit', [...new Set(rows.flatMap((r) => r.gridUnitIds))]);
  const valid: ImportRow[] = [];
  const rejected: Rejection[] = [];
  for (const r of rows) {
    const unit = r.gridUnitIds.find((u) => !units.has(u));
    if (r.organisationId && !orgs.has(r.organisationId))
      rejected.push({
        line: r.line,
        field: 'organisationId',
        reason: `No organisation has the id ${r.organisationId}.`,
      });
    else if (unit) rejected.push({ line: r.line, field: 'gridUnitIds', reason: `No grid unit has the id ${unit}.` });
    else valid.push(r);
  }
  return { valid, rejected };
}

/** Writes the valid rows set-at-a-time: what is stored is read once, the plan decided, then applied in batches. */
async function writeRows({
  ctx,
  tx,
  pool,
  rows,
  written,
}: {
  ctx: PeopleContext;
  tx: Executor;
  pool: Pool;
  rows: ImportRow[];
  written: (n: number) => void;
}) {
  const repo = createImportRepository(tx);
  const pools = createPoolsRepository(tx);
  await repo.lockImports();
  // Each national id under every key of the ring: a person indexed before a key rotation is still found.
  const hashes = new Map(rows.map((r) => [r.line, ctx.cipher.hashes(r.nationalId)]));
  const persons = new Map(
    (await repo.personsByNationalIdHashes([...hashes.values()].flat())).map((p) => [p.nationalIdHash!, p]),
  );
  const memberships = new Map(
    (
      await repo.membershipsInPool(
        [...persons.values()].map((p) => p.id),
        pool,
      )
    ).map((m) => [m.personId, m]),
  );
  const certifications = new Map<string, CertificationRow[]>();
  for (const c of await repo.certificationsOf([...memberships.values()].map((m) => m.id))) {
    certifications.set(c.membershipId, [...(certifications.get(c.membershipId) ?? []), c]);
  }
  const plan = planImport({
    rows,
    pool,
    cipher: ctx.cipher,
    now: ctx.clock.now(),
    actorAccountId: ctx.viewer?.accountId ?? null,
    existing: { persons, memberships, certifications },
    hashOf: (r) => {
      const all = hashes.get(r.line)!;
      return all.find((h) => persons.has(h)) ?? all[0]!;
    },
    onRow: (n) => n % 1000 === 0 && written(n),
  });
  for (const u of plan.personUpdates) await repo.updatePerson(u.id, u.values);
  for (const u of plan.membershipUpdates) await pools.updateMembership(u.id, u.values);
  await repo.insertPersons(plan.newPersons);
  await pools.insertMemberships(plan.newMemberships);
  await pools.deleteCertificationsOf(plan.replacedCertificationsOf);
  await pools.insertCertifications(plan.newCertifications);
  await pools.insertStatusChanges(plan.history);
  written(rows.length);
  return plan.counts;
}

/**
 * Loads a pool from CSV. Every row is validated first (and its references checked with the grid
 * subgraph); ALL_OR_NOTHING writes nothing when any row is bad, VALID_ROWS_ONLY writes the good
 * ones. Persons are matched by national id and memberships by person and pool, so importing the
 * same file again changes nothing.
 */
export async function importPool({ ctx, input }: ServiceCall<PeopleContext, ImportPoolInput>): Promise<ImportReport> {
  const { progressKey } = input;
  const accountId = requireViewer(ctx.viewer).accountId;
  const listener: ProgressListener = progressKey ? (p) => importProgress.report(accountId, progressKey, p) : () => {};
  let last: Parameters<ProgressListener>[0] = { phase: 'VALIDATING', totalRows: 0, validatedRows: 0, writtenRows: 0 };
  const progress: ProgressListener = (p) => {
    last = p;
    listener(p);
  };
  try {
    return await runImport({ ctx, input: { ...input, mode: input.mode ?? 'ALL_OR_NOTHING' }, progress });
  } catch (err) {
    listener({ ...last, phase: 'FAILED', writtenRows: 0 });
    throw err;
  }
}

async function runImport({
  ctx,
  input,
  progress,
}: {
  ctx: PeopleContext;
  input: { pool: Pool; csv: string; mode: ImportMode };
  progress: ProgressListener;
}): Promise<ImportReport> {
  const today = beijingDate(ctx.clock.now());
  const parsed = parseCsv(input.csv);
  const totalRows = Math.max(parsed.length - 1, 0);
  if (totalRows > MAX_IMPORT_ROWS)
    throw badInput('input.csv', `The file has ${totalRows} rows; split it into files of at most ${MAX_IMPORT_ROWS}.`, {
      reason: 'TOO_MANY',
      params: { max: MAX_IMPORT_ROWS },
    });
  progress({ phase: 'VALIDATING', totalRows, validatedRows: 0, writtenRows: 0 });
  const checked = validateRows(parsed, today);
  if (checked.headerError) throw badInput('input.csv', checked.headerError, { reason: 'CSV_HEADER' });
  progress({ phase: 'CHECKING_REFERENCES', totalRows, validatedRows: totalRows, writtenRows: 0 });
  const refs = await rejectUnknownReferences({ ctx, rows: checked.valid });
  const rejected = [...checked.rejected, ...refs.rejected].sort((a, b) => a.line - b.line);
  if (rejected.length > 0 && input.mode === 'ALL_OR_NOTHING') {
    progress({ phase: 'DONE', totalRows, validatedRows: totalRows, writtenRows: 0 });
    return { committed: false, totalRows, created: 0, updated: 0, unchanged: 0, rejected };
  }
  const written = (writtenRows: number) =>
    progress({ phase: 'WRITING', totalRows, validatedRows: totalRows, writtenRows });
  const counts = await auditedTransaction({ ctx, action: 'importPool', entityType: 'Pool' }, async (tx) => {
    const result = await writeRows({ ctx, tx, pool: input.pool, rows: refs.valid, written });
    const data = { pool: input.pool, mode: input.mode, totalRows, ...result, rejected: rejected.length };
    return { result, entityId: null, data };
  });
  progress({ phase: 'DONE', totalRows, validatedRows: totalRows, writtenRows: refs.valid.length });
  return { committed: true, totalRows, ...counts, rejected };
}
