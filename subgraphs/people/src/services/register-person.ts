import { createPeopleRepository, type Gender, GENDERS, type PersonRow, VULNERABILITIES } from '@onedoor/db';
import { badInput, conflict, optionalText, parseInput, recordAudit, text } from '@onedoor/subgraph-kit';
import { z } from 'zod';
import type { PeopleContext } from '../context';
import { checkNationalId, normalisePhone, phoneLookupKey } from '@onedoor/db';

const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

const inputSchema = z.object({
  name: text(100),
  gender: z.enum(GENDERS).nullish(),
  phone: z.preprocess(blankToNull, z.string().nullish()),
  nationalId: z.preprocess(blankToNull, z.string().nullish()),
  address: optionalText(300),
  birthDate: z.string().nullish(),
  vulnerabilities: z.array(z.enum(VULNERABILITIES)).nullish(),
});

/** Today in the centre's time zone, as YYYY-MM-DD. */
const todayIn = (now: Date) => now.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

/**
 * Registers a person. Every input problem is refused before anything is written; the identifiers
 * are stored encrypted with a keyed hash, and a second person with the same national id is a CONFLICT.
 */
export async function registerPerson(ctx: PeopleContext, rawInput: unknown): Promise<PersonRow> {
  const input = parseInput(inputSchema, rawInput);
  const now = ctx.clock.now();
  const today = todayIn(now);

  let nationalId: string | null = null;
  let birthDate = input.birthDate ?? null;
  let gender: Gender = input.gender ?? 'UNSPECIFIED';
  if (input.nationalId) {
    const checked = checkNationalId(input.nationalId);
    if (!checked.ok) throw badInput('input.nationalId', checked.message);
    if (checked.birthDate > today)
      throw badInput(
        'input.nationalId',
        `The national id encodes a birth date in the future (${checked.birthDate}): check the number on the card.`,
      );
    if (birthDate && birthDate !== checked.birthDate) {
      throw badInput(
        'input.birthDate',
        `The birth date ${birthDate} does not match the national id, which encodes ${checked.birthDate}. Correct one of them, or leave the birth date empty.`,
      );
    }
    nationalId = checked.value;
    birthDate = checked.birthDate;
    gender = input.gender ?? checked.gender;
  }
  if (birthDate && birthDate > today)
    throw badInput('input.birthDate', `The birth date ${birthDate} is in the future.`);

  let phone: string | null = null;
  if (input.phone) {
    phone = normalisePhone(input.phone);
    if (!phone) {
      throw badInput(
        'input.phone',
        'The phone must be a mainland mobile number (11 digits starting 13-19, such as 13812345678) or a landline with its area code (such as 0539-1234567).',
      );
    }
  }

  const nationalIdHash = nationalId ? ctx.cipher.hash(nationalId) : null;
  return ctx.db.transaction(async (tx) => {
    const repo = createPeopleRepository(tx);
    if (nationalIdHash) {
      await repo.lockNationalId(nationalIdHash);
      const existing = await repo.personByNationalIdHash(nationalIdHash);
      if (existing) {
        throw conflict(
          'A person with this national id is already registered: use the existing record (extensions.existingPersonId).',
          {
            existingPersonId: existing.id,
            field: 'input.nationalId',
          },
        );
      }
    }
    const person = await repo.insertPerson({
      name: input.name,
      gender,
      nationalIdEnc: nationalId ? ctx.cipher.encrypt(nationalId) : null,
      nationalIdHash,
      phoneEnc: phone ? ctx.cipher.encrypt(phone) : null,
      phoneHash: phone ? ctx.cipher.hash(phoneLookupKey(phone)) : null,
      birthDate,
      address: input.address || null,
      vulnerabilities: [...new Set(input.vulnerabilities ?? [])],
      // The clock's millisecond time, not the server's microseconds, so a createdAt cursor matches exactly.
      createdAt: now,
      updatedAt: now,
    });
    // Identifiers stay out of the audit data: the audit trail is not a second copy of them.
    await recordAudit(tx, ctx, {
      subgraph: 'people',
      action: 'registerPerson',
      entityType: 'Person',
      entityId: person.id,
      data: { name: person.name, hasNationalId: !!nationalId, hasPhone: !!phone },
    });
    return person;
  });
}
