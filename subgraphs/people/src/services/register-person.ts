import { beijingDate, checkNationalId } from '@onedoor/db';
import { createPeopleRepository, type Gender, type PersonRow, type Vulnerability } from '@onedoor/db/people';
import { badInput, conflict, created, type ServiceCall } from '@onedoor/subgraph-kit';
import type { PeopleContext } from '../context';
import { auditedTransaction } from './audit';
import { identityColumns } from './search-keys';

export interface RegisterPersonInput {
  name: string;
  gender?: Gender | null;
  phone?: string | null;
  nationalId?: string | null;
  address?: string | null;
  birthDate?: string | null;
  vulnerabilities?: Vulnerability[] | null;
}

interface Identity {
  nationalId: string | null;
  birthDate: string | null;
  gender: Gender;
  phone: string | null;
}

/**
 * The identity the input gives, checked before anything is written: the national id (already in its one
 * form, see inputs.ts) against the birth date it encodes, which fills in birth date and gender.
 */
function checkIdentity(input: RegisterPersonInput, today: string): Identity {
  let nationalId: string | null = null;
  let birthDate = input.birthDate ?? null;
  let gender: Gender = input.gender ?? 'UNSPECIFIED';
  if (input.nationalId) {
    const checked = checkNationalId(input.nationalId);
    if (!checked.ok) throw badInput('input.nationalId', checked.message, checked);
    if (checked.birthDate > today)
      throw badInput(
        'input.nationalId',
        `The national id encodes a birth date in the future (${checked.birthDate}): check the number on the card.`,
        { reason: 'NATIONAL_ID_BIRTH_DATE', params: { birthDate: checked.birthDate } },
      );
    if (birthDate && birthDate !== checked.birthDate) {
      throw badInput(
        'input.birthDate',
        `The birth date ${birthDate} does not match the national id, which encodes ${checked.birthDate}. Correct one of them, or leave the birth date empty.`,
        { reason: 'BIRTH_DATE_MISMATCH', params: { birthDate: checked.birthDate } },
      );
    }
    nationalId = checked.value;
    birthDate = checked.birthDate;
    gender = input.gender ?? checked.gender;
  }
  if (birthDate && birthDate > today)
    throw badInput('input.birthDate', `The birth date ${birthDate} is in the future.`, { reason: 'IN_FUTURE' });
  return { nationalId, birthDate, gender, phone: input.phone ?? null };
}

/**
 * Registers a person. Every input problem is refused before anything is written; the identifiers
 * are stored encrypted, with blind indexes of them and of the name (search-keys.ts), and a second person with the same national id is a CONFLICT.
 */
export async function registerPerson({
  ctx,
  input,
}: ServiceCall<PeopleContext, RegisterPersonInput>): Promise<PersonRow> {
  const now = ctx.clock.now();
  const { nationalId, birthDate, gender, phone } = checkIdentity(input, beijingDate(now));
  const identity = identityColumns(ctx.cipher, { name: input.name, phone, nationalId });
  return auditedTransaction({ ctx, action: 'registerPerson', entityType: 'Person' }, async (tx) => {
    const repo = createPeopleRepository(tx);
    if (nationalId) {
      // Locked under the current key's hash; found under every key, so a person indexed before a rotation counts.
      await repo.lockNationalId(identity.nationalIdHash!);
      const existing = await repo.personByNationalIdHashes(ctx.cipher.hashes(nationalId));
      if (existing) {
        throw conflict(
          'A person with this national id is already registered: use the existing record (extensions.existingPersonId).',
          { existingPersonId: existing.id, field: 'input.nationalId' },
          { reason: 'DUPLICATE' },
        );
      }
    }
    const person = await repo.insertPerson({
      name: input.name,
      gender,
      ...identity,
      birthDate,
      address: input.address || null,
      vulnerabilities: [...new Set(input.vulnerabilities ?? [])],
      ...created(now),
    });
    const data = { name: person.name, hasNationalId: !!nationalId, hasPhone: !!phone };
    return { result: person, entityId: person.id, data };
  });
}
