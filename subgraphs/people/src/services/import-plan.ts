import { randomUUID } from 'node:crypto';
import { beijingDate, type FieldCipher, phoneLookupKey } from '@onedoor/db';
import type {
  CertificationRow,
  NewCertification,
  NewPerson,
  NewPoolMembership,
  NewStatusChange,
  PersonRow,
  Pool,
  PoolMembershipRow,
} from '@onedoor/db/people';
import type { ImportRow } from './import-rows';
import { certificationRows, statusChange } from './new-rows';
import { identityColumns, nameIndexes, phoneColumns } from './search-keys';
import { created } from '@onedoor/subgraph-kit';

/** What is already stored for the rows of a file: persons by national id hash, their memberships in the pool and certificates. */
export interface Existing {
  persons: Map<string, PersonRow>;
  memberships: Map<string, PoolMembershipRow>;
  certifications: Map<string, CertificationRow[]>;
}

/** Every write an import makes, decided before any of them runs. */
export interface ImportPlan {
  newPersons: NewPerson[];
  personUpdates: { id: string; values: Partial<NewPerson> }[];
  newMemberships: NewPoolMembership[];
  membershipUpdates: { id: string; values: Partial<NewPoolMembership> }[];
  newCertifications: NewCertification[];
  replacedCertificationsOf: string[];
  history: NewStatusChange[];
  counts: { created: number; updated: number; unchanged: number };
}

interface PlanContext {
  pool: Pool;
  cipher: FieldCipher;
  now: Date;
  actorAccountId: string | null;
  existing: Existing;
  plan: ImportPlan;
}

const certKey = (cs: readonly { name: string; expiresOn: string | null }[]) =>
  cs
    .map((c) => `${c.name}@${c.expiresOn ?? ''}`)
    .sort()
    .join('|');
const same = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The membership fields a row sets; an empty joinedOn keeps the stored date. */
function membershipFields(r: ImportRow, stored: PoolMembershipRow | undefined) {
  return {
    fullTime: r.fullTime,
    specialties: r.specialties,
    languages: r.languages,
    studio: r.studio,
    organisationId: r.organisationId,
    gridUnitIds: r.gridUnitIds,
    status: r.status,
    joinedOn: r.joinedOn ?? stored?.joinedOn ?? null,
    weekdays: r.weekdays,
  };
}

function membershipChanged(m: PoolMembershipRow, f: ReturnType<typeof membershipFields>): boolean {
  return (
    m.fullTime !== f.fullTime ||
    !same(m.specialties, f.specialties) ||
    !same(m.languages, f.languages) ||
    m.studio !== f.studio ||
    m.organisationId !== f.organisationId ||
    !same(m.gridUnitIds, f.gridUnitIds) ||
    m.status !== f.status ||
    m.joinedOn !== f.joinedOn ||
    !same(m.weekdays, f.weekdays)
  );
}

/** The row's person: the stored one (updated when name, gender or a given phone differ) or a new one. */
function planPerson(c: PlanContext, r: ImportRow, hash: string): { personId: string; changed: boolean } {
  const stored = c.existing.persons.get(hash);
  if (stored) {
    const phoneChanged = !!r.phone && !c.cipher.hashes(phoneLookupKey(r.phone)).includes(stored.phoneHash ?? '');
    const values: Partial<NewPerson> = {
      ...(stored.name !== r.name ? { name: r.name, ...nameIndexes(c.cipher, r.name) } : {}),
      ...(stored.gender !== r.gender ? { gender: r.gender } : {}),
      // An empty phone keeps the stored one: an import adds to what is known, it does not erase it.
      ...(phoneChanged ? phoneColumns(c.cipher, r.phone) : {}),
    };
    const changed = Object.keys(values).length > 0;
    if (changed) c.plan.personUpdates.push({ id: stored.id, values: { ...values, updatedAt: c.now } });
    return { personId: stored.id, changed };
  }
  const id = randomUUID();
  const birth = r.nationalId.slice(6, 14);
  c.plan.newPersons.push({
    id,
    name: r.name,
    gender: r.gender,
    ...identityColumns(c.cipher, { name: r.name, phone: r.phone, nationalId: r.nationalId }),
    birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6)}`,
    ...created(c.now),
  });
  return { personId: id, changed: true };
}

/** The row's membership in the pool: new, updated (fields, status with history, certificates) or unchanged. */
function planMembership(c: PlanContext, r: ImportRow, personId: string): 'created' | 'updated' | 'unchanged' {
  const { plan, now, actorAccountId } = c;
  const stored = c.existing.memberships.get(personId);
  const fields = membershipFields(r, stored);
  if (!stored) {
    const id = randomUUID();
    plan.newMemberships.push({
      id,
      personId,
      pool: c.pool,
      ...fields,
      joinedOn: fields.joinedOn ?? beijingDate(now),
      ...created(now),
    });
    plan.history.push(
      statusChange({ membershipId: id, from: null, to: fields.status, reason: 'imported' }, actorAccountId, now),
    );
    plan.newCertifications.push(...certificationRows(id, r.certifications, now));
    return 'created';
  }
  let changed = false;
  if (membershipChanged(stored, fields)) {
    plan.membershipUpdates.push({ id: stored.id, values: { ...fields, updatedAt: now } });
    if (stored.status !== fields.status)
      plan.history.push(
        statusChange(
          { membershipId: stored.id, from: stored.status, to: fields.status, reason: 'imported' },
          actorAccountId,
          now,
        ),
      );
    changed = true;
  }
  if (certKey(c.existing.certifications.get(stored.id) ?? []) !== certKey(r.certifications)) {
    plan.replacedCertificationsOf.push(stored.id);
    plan.newCertifications.push(...certificationRows(stored.id, r.certifications, now));
    changed = true;
  }
  return changed ? 'updated' : 'unchanged';
}

/** Decides every write for the valid rows against what is stored; `hashOf` gives each row's national id hash. */
export function planImport(
  options: Omit<PlanContext, 'plan'> & {
    rows: readonly ImportRow[];
    hashOf: (r: ImportRow) => string;
    onRow?: (n: number) => void;
  },
): ImportPlan {
  const plan: ImportPlan = {
    newPersons: [],
    personUpdates: [],
    newMemberships: [],
    membershipUpdates: [],
    newCertifications: [],
    replacedCertificationsOf: [],
    history: [],
    counts: { created: 0, updated: 0, unchanged: 0 },
  };
  const c: PlanContext = { ...options, plan };
  for (const [n, r] of options.rows.entries()) {
    options.onRow?.(n);
    const person = planPerson(c, r, options.hashOf(r));
    const outcome = planMembership(c, r, person.personId);
    plan.counts[outcome === 'unchanged' && person.changed ? 'updated' : outcome]++;
  }
  return plan;
}
