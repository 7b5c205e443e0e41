import { createPeopleRepository, createPoolsRepository, type Pool, type PoolMembershipRow } from '@onedoor/db/people';
import type { PeopleContext } from '../context';
import { csvLine } from './csv';
import { COLUMNS } from './import-rows';

/** A membership's cells of the CSV, after the person's (name, identifiers, gender), in `COLUMNS` order. */
function membershipCells(m: PoolMembershipRow, certifications: string[]): string[] {
  return [
    String(m.fullTime),
    m.specialties.join(';'),
    m.languages.join(';'),
    m.studio ?? '',
    m.organisationId ?? '',
    m.gridUnitIds.join(';'),
    m.status,
    m.joinedOn ?? '',
    m.weekdays.join(';'),
    certifications.join(';'),
  ];
}

/**
 * A pool as CSV in the import format, so an export imported again changes nothing. Identifiers are
 * unmasked (only unmasking roles may call this), and each one shown is written to the access log.
 */
export async function exportPool({ ctx, pool }: { ctx: PeopleContext; pool: Pool }): Promise<string> {
  const pools = createPoolsRepository(ctx.db);
  const people = createPeopleRepository(ctx.db);
  const members = await pools.membershipsOfPool(pool);
  const [persons, certs] = await Promise.all([
    people.personsByIds([...new Set(members.map((m) => m.personId))]),
    pools.certificationsOf(members.map((m) => m.id)),
  ]);
  const personById = new Map(persons.map((p) => [p.id, p]));
  const certsOf = new Map<string, string[]>();
  for (const c of certs)
    certsOf.set(c.membershipId, [
      ...(certsOf.get(c.membershipId) ?? []),
      c.expiresOn ? `${c.name}@${c.expiresOn}` : c.name,
    ]);
  const lines = [csvLine(COLUMNS)];
  const shown: { entityId: string; field: 'nationalId' | 'phone' }[] = [];
  for (const m of members) {
    const p = personById.get(m.personId);
    if (!p) continue;
    const nationalId = p.nationalIdEnc ? ctx.cipher.decrypt(p.nationalIdEnc) : '';
    const phone = p.phoneEnc ? ctx.cipher.decrypt(p.phoneEnc) : '';
    if (nationalId) shown.push({ entityId: p.id, field: 'nationalId' });
    if (phone) shown.push({ entityId: p.id, field: 'phone' });
    lines.push(csvLine([p.name, nationalId, phone, p.gender, ...membershipCells(m, certsOf.get(m.id) ?? [])]));
  }
  const at = ctx.clock.now();
  // Logged before the file is returned: a failed log never leaks identifiers.
  for (let i = 0; i < shown.length; i += 1000) {
    await people.insertAccessLog(
      shown.slice(i, i + 1000).map((s) => ({
        ...s,
        entityType: 'Person',
        at,
        actorAccountId: ctx.viewer?.accountId ?? null,
        requestId: ctx.requestId,
      })),
    );
  }
  return `${lines.join('\n')}\n`;
}
