import { randomUUID } from 'node:crypto';
import {
  type CertificationRow, createImportRepository, createPoolsRepository, type Executor, type NewCertification, type NewPerson,
  type NewPoolMembership, type NewStatusChange,
  type PersonRow, type Pool, type PoolMembershipRow,
} from '@onedoor/db';
import { badInput, recordAudit } from '@onedoor/subgraph-kit';
import type { PeopleContext } from '../context';
import { parseCsv } from './csv';
import { todayIn } from './dates';
import type { ImportProgress } from './import-progress';
import { type ImportRow, type Rejection, validateRows } from './import-rows';

/** Receives progress as an import moves through its phases (every 1,000 rows while writing). */
export type ProgressListener = (progress: Omit<ImportProgress, 'updatedAt'>) => void;

export type ImportMode = 'ALL_OR_NOTHING' | 'VALID_ROWS_ONLY';
export const MAX_IMPORT_ROWS = 20_000;

export interface ImportReport {
  committed: boolean;
  totalRows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: Rejection[];
}

/** Rows naming an organisation or grid unit the grid subgraph does not know are refused. */
async function rejectUnknownReferences(ctx: PeopleContext, rows: ImportRow[]): Promise<{ valid: ImportRow[]; rejected: Rejection[] }> {
  const orgs = await ctx.peers.existing('grid', 'Organisation', [...new Set(rows.flatMap((r) => (r.organisationId ? [r.organisationId] : [])))], ctx);
  const units = await ctx.peers.existing('grid', 'GridUnit', [...new Set(rows.flatMap((r) => r.gridUnitIds))], ctx);
  const valid: ImportRow[] = [];
  const rejected: Rejection[] = [];
  for (const r of rows) {
    const unit = r.gridUnitIds.find((u) => !units.has(u));
    if (r.organisationId && !orgs.has(r.organisationId)) rejected.push({ line: r.line, field: 'organisationId', reason: `No organisation has the id ${r.organisationId}.` });
    else if (unit) rejected.push({ line: r.line, field: 'gridUnitIds', reason: `No grid unit has the id ${unit}.` });
    else valid.push(r);
  }
  return { valid, rejected };
}

const certKey = (cs: readonly { name: string; expiresOn: string | null }[]) => cs.map((c) => `${c.name}@${c.expiresOn ?? ''}`).sort().join('|');
const same = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The membership fields a row sets; an empty joinedOn keeps the stored date. */
function membershipFields(r: ImportRow, stored: PoolMembershipRow | undefined) {
  return {
    fullTime: r.fullTime, specialties: r.specialties, languages: r.languages, studio: r.studio, organisationId: r.organisationId,
    gridUnitIds: r.gridUnitIds, status: r.status, joinedOn: r.joinedOn ?? stored?.joinedOn ?? null, weekdays: r.weekdays,
  };
}

function membershipChanged(m: PoolMembershipRow, f: ReturnType<typeof membershipFields>): boolean {
  return m.fullTime !== f.fullTime || !same(m.specialties, f.specialties) || !same(m.languages, f.languages) || m.studio !== f.studio
    || m.organisationId !== f.organisationId || !same(m.gridUnitIds, f.gridUnitIds) || m.status !== f.status || m.joinedOn !== f.joinedOn
    || !same(m.weekdays, f.weekdays);
}

/** Writes the valid rows set-at-a-time: existing persons and memberships are read once, new ones inserted in batches. */
async function writeRows(ctx: PeopleContext, tx: Executor, pool: Pool, rows: ImportRow[], written: (n: number) => void) {
  const now = ctx.clock.now();
  const repo = createImportRepository(tx);
  const pools = createPoolsRepository(tx);
  await repo.lockImports();
  const hashOf = new Map(rows.map((r) => [r.line, ctx.cipher.hash(r.nationalId)]));
  const persons = new Map((await repo.personsByNationalIdHashes([...hashOf.values()])).map((p) => [p.nationalIdHash!, p]));
  const memberships = new Map((await repo.membershipsInPool([...persons.values()].map((p) => p.id), pool)).map((m) => [m.personId, m]));
  const certs = new Map<string, CertificationRow[]>();
  for (const c of await repo.certificationsOf([...memberships.values()].map((m) => m.id))) certs.set(c.membershipId, [...(certs.get(c.membershipId) ?? []), c]);

  const newPersons: NewPerson[] = [];
  const newMemberships: NewPoolMembership[] = [];
  const newCerts: NewCertification[] = [];
  const history: NewStatusChange[] = [];
  const replacedCerts: string[] = [];
  const counts = { created: 0, updated: 0, unchanged: 0 };
  const actorAccountId = ctx.viewer?.accountId ?? null;
  for (const [n, r] of rows.entries()) {
    if (n % 1000 === 0) written(n);
    const hash = hashOf.get(r.line)!;
    const phoneHash = r.phone ? ctx.cipher.hash(r.phone.replace(/-/g, '')) : null;
    let person: Pick<PersonRow, 'id'> | undefined = persons.get(hash);
    let changed = false;
    if (person) {
      const p = persons.get(hash)!;
      const patch = {
        ...(p.name !== r.name ? { name: r.name } : {}),
        ...(p.gender !== r.gender ? { gender: r.gender } : {}),
        ...(phoneHash && p.phoneHash !== phoneHash ? { phoneEnc: ctx.cipher.encrypt(r.phone!), phoneHash } : {}),
      };
      if (Object.keys(patch).length > 0) { await repo.updatePerson(p.id, { ...patch, updatedAt: now }); changed = true; }
    } else {
      const birth = r.nationalId.slice(6, 14);
      person = { id: randomUUID() };
      newPersons.push({
        id: person.id, name: r.name, gender: r.gender, nationalIdEnc: ctx.cipher.encrypt(r.nationalId), nationalIdHash: hash,
        phoneEnc: r.phone ? ctx.cipher.encrypt(r.phone) : null, phoneHash, birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6)}`,
        createdAt: now, updatedAt: now,
      });
    }
    const stored = memberships.get(person.id);
    const fields = membershipFields(r, stored);
    const certsOf = (membershipId: string) => r.certifications.map((c) => ({ membershipId, name: c.name, expiresOn: c.expiresOn, createdAt: now, updatedAt: now }));
    if (!stored) {
      const id = randomUUID();
      newMemberships.push({ id, personId: person.id, pool, ...fields, joinedOn: fields.joinedOn ?? todayIn(now), createdAt: now, updatedAt: now });
      history.push({ membershipId: id, fromStatus: null, toStatus: fields.status, reason: 'imported', actorAccountId, at: now });
      newCerts.push(...certsOf(id));
      counts.created++;
      continue;
    }
    if (membershipChanged(stored, fields)) {
      await pools.updateMembership(stored.id, { ...fields, updatedAt: now });
      if (stored.status !== fields.status) history.push({ membershipId: stored.id, fromStatus: stored.status, toStatus: fields.status, reason: 'imported', actorAccountId, at: now });
      changed = true;
    }
    if (certKey(certs.get(stored.id) ?? []) !== certKey(r.certifications)) {
      replacedCerts.push(stored.id);
      newCerts.push(...certsOf(stored.id));
      changed = true;
    }
    counts[changed ? 'updated' : 'unchanged']++;
  }
  await repo.insertPersons(newPersons);
  await pools.insertMemberships(newMemberships);
  await pools.deleteCertificationsOf(replacedCerts);
  await pools.insertCertifications(newCerts);
  await pools.insertStatusChanges(history);
  written(rows.length);
  return counts;
}

/**
 * Loads a pool from CSV. Every row is validated first (and its references checked with the grid
 * subgraph); ALL_OR_NOTHING writes nothing when any row is bad, VALID_ROWS_ONLY writes the good
 * ones. Persons are matched by national id and memberships by person and pool, so importing the
 * same file again changes nothing.
 */
export async function importPool(ctx: PeopleContext, input: { pool: Pool; csv: string; mode: ImportMode }, listener: ProgressListener = () => {}): Promise<ImportReport> {
  let last: Parameters<ProgressListener>[0] = { phase: 'VALIDATING', totalRows: 0, validatedRows: 0, writtenRows: 0 };
  const progress: ProgressListener = (p) => { last = p; listener(p); };
  try {
    return await runImport(ctx, input, progress);
  } catch (err) {
    listener({ ...last, phase: 'FAILED', writtenRows: 0 });
    throw err;
  }
}

async function runImport(ctx: PeopleContext, input: { pool: Pool; csv: string; mode: ImportMode }, progress: ProgressListener): Promise<ImportReport> {
  const today = todayIn(ctx.clock.now());
  const parsed = parseCsv(input.csv);
  const totalRows = Math.max(parsed.length - 1, 0);
  if (totalRows > MAX_IMPORT_ROWS) throw badInput('input.csv', `The file has ${totalRows} rows; split it into files of at most ${MAX_IMPORT_ROWS}.`);
  progress({ phase: 'VALIDATING', totalRows, validatedRows: 0, writtenRows: 0 });
  const checked = validateRows(parsed, today);
  if (checked.headerError) throw badInput('input.csv', checked.headerError);
  progress({ phase: 'CHECKING_REFERENCES', totalRows, validatedRows: totalRows, writtenRows: 0 });
  const refs = await rejectUnknownReferences(ctx, checked.valid);
  const rejected = [...checked.rejected, ...refs.rejected].sort((a, b) => a.line - b.line);
  if (rejected.length > 0 && input.mode === 'ALL_OR_NOTHING') {
    progress({ phase: 'DONE', totalRows, validatedRows: totalRows, writtenRows: 0 });
    return { committed: false, totalRows, created: 0, updated: 0, unchanged: 0, rejected };
  }
  const written = (writtenRows: number) => progress({ phase: 'WRITING', totalRows, validatedRows: totalRows, writtenRows });
  const counts = await ctx.db.transaction(async (tx) => {
    const result = await writeRows(ctx, tx, input.pool, refs.valid, written);
    await recordAudit(tx, ctx, {
      subgraph: 'people', action: 'importPool', entityType: 'Pool', entityId: null,
      data: { pool: input.pool, mode: input.mode, totalRows, ...result, rejected: rejected.length },
    });
    return result;
  });
  progress({ phase: 'DONE', totalRows, validatedRows: totalRows, writtenRows: refs.valid.length });
  return { committed: true, totalRows, ...counts, rejected };
}
