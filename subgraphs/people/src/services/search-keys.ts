/**
 * The blind indexes of a person (keyed hashes of normalised values) and how a search term is turned into
 * hashes to match them: the one place both are written, shared with the demo seed
 * (`@onedoor/people/search-keys`) so seeded persons are found like registered ones.
 *
 * - phone: the whole number (`phoneLookupKey`), and its last four digits;
 * - national id: the checked, upper-case number;
 * - name: the whole name (NFKC, white space folded, lower case), and for names longer than two characters
 *   the first two (surname and first given character, or a two-character surname such as 欧阳).
 *
 * Why no shorter prefix: an index of the first character alone would split everybody into a few hundred
 * surname groups whose sizes follow the well-known surname table, so anyone holding the database could tell
 * 王, 李 and 张 apart without the key; and a one-character search finds thousands of people, no case.
 * Two characters already narrow a county to a few dozen people and their groups are far less telling.
 */
import { checkNationalId, type FieldCipher, normaliseName, normalisePhone, phoneLookupKey } from '@onedoor/db';
import type { PersonIndexes, PersonLookup } from '@onedoor/db/people';

/** Each blind index hashes apart from the others (`FieldCipher.hash`'s index name). */
const INDEX = { name: 'name', namePrefix: 'name-prefix', phoneLast4: 'phone-last4' } as const;
/** Leading characters of a name the prefix index keeps. */
export const NAME_PREFIX_LENGTH = 2;

/** A name as its indexes see it: NFKC, white space folded, lower case (for names in Latin letters). */
const nameKey = (name: string) => normaliseName(name).toLowerCase();
/** A string as characters, not UTF-16 units: a rare character outside the BMP counts once. */
const characters = (text: string) => [...text];
const lastFour = (phone: string) => phoneLookupKey(phone).slice(-4);

/** The name's blind indexes under the current key. */
export function nameIndexes(cipher: FieldCipher, name: string): Pick<PersonIndexes, 'nameHash' | 'namePrefixHash'> {
  const key = characters(nameKey(name));
  return {
    nameHash: cipher.hash(key.join(''), INDEX.name),
    namePrefixHash:
      key.length > NAME_PREFIX_LENGTH ? cipher.hash(key.slice(0, NAME_PREFIX_LENGTH).join(''), INDEX.namePrefix) : null,
  };
}

/** A normalised phone (`normalisePhone`) encrypted, with its blind indexes; all null without one. */
export function phoneColumns(
  cipher: FieldCipher,
  phone: string | null,
): Pick<PersonIndexes, 'phoneEnc' | 'phoneHash' | 'phoneLast4Hash'> {
  if (!phone) return { phoneEnc: null, phoneHash: null, phoneLast4Hash: null };
  return {
    phoneEnc: cipher.encrypt(phone),
    phoneHash: cipher.hash(phoneLookupKey(phone)),
    phoneLast4Hash: cipher.hash(lastFour(phone), INDEX.phoneLast4),
  };
}

/** A checked national id encrypted, with its blind index; both null without one. */
export function nationalIdColumns(
  cipher: FieldCipher,
  nationalId: string | null,
): Pick<PersonIndexes, 'nationalIdEnc' | 'nationalIdHash'> {
  if (!nationalId) return { nationalIdEnc: null, nationalIdHash: null };
  return { nationalIdEnc: cipher.encrypt(nationalId), nationalIdHash: cipher.hash(nationalId) };
}

/** Everything a person's identity stores, encrypted and indexed under the current key, with that key's version. */
export function identityColumns(
  cipher: FieldCipher,
  person: { name: string; phone: string | null; nationalId: string | null },
): Omit<PersonIndexes, 'id'> {
  return {
    ...phoneColumns(cipher, person.phone),
    ...nationalIdColumns(cipher, person.nationalId),
    ...nameIndexes(cipher, person.name),
    indexKeyVersion: cipher.keyVersion,
  };
}

const NONE: PersonLookup = {
  phoneHashes: [],
  phoneLast4Hashes: [],
  nationalIdHashes: [],
  nameHashes: [],
  namePrefixHashes: [],
};

/**
 * The hashes a search term is matched through, under every key of the ring: a phone as people type it
 * (`138-0531-2468`, `+86 138 0531 2468`), its last four digits, a national id (a lower-case x too), or a
 * name (whole, or its first two characters). A term that can be none of them looks nothing up.
 */
export function personLookup(cipher: FieldCipher, term: string): PersonLookup {
  const typed = term.normalize('NFKC').trim();
  if (!typed) return NONE;
  const phone = normalisePhone(typed);
  const nationalId = checkNationalId(typed);
  const name = characters(nameKey(typed));
  // Names have no digits; one character names nobody in particular.
  const asName = !/\d/.test(typed) && name.length >= NAME_PREFIX_LENGTH;
  return {
    phoneHashes: phone ? cipher.hashes(phoneLookupKey(phone)) : [],
    phoneLast4Hashes: /^\d{4}$/.test(typed) ? cipher.hashes(typed, INDEX.phoneLast4) : [],
    nationalIdHashes: nationalId.ok ? cipher.hashes(nationalId.value) : [],
    nameHashes: asName ? cipher.hashes(name.join(''), INDEX.name) : [],
    namePrefixHashes:
      asName && name.length === NAME_PREFIX_LENGTH ? cipher.hashes(name.join(''), INDEX.namePrefix) : [],
  };
}
