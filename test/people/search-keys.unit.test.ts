import { createFieldCipher } from '@onedoor/db';
import {
  identityColumns,
  nameIndexes,
  nationalIdColumns,
  personLookup,
  phoneColumns,
} from '@onedoor/people/search-keys';
import { describe, expect, it } from 'vitest';

/** A person's blind indexes and the search terms that find them, without a database. */
const cipher = createFieldCipher('a-test-key-of-enough-length');
const stored = {
  phone: phoneColumns(cipher, '13805312468'),
  landline: phoneColumns(cipher, '0539-7231234'),
  nationalId: nationalIdColumns(cipher, '37132919850312003X'),
  name: nameIndexes(cipher, '李建国'),
};

describe('a search term is matched through the blind index of what it can be', () => {
  it.each(['13805312468', '138-0531-2468', '138 0531 2468', '+86 138 0531 2468', '１３８０５３１２４６８'])(
    'the phone typed as %s',
    (term) => {
      expect(personLookup(cipher, term).phoneHashes).toEqual([stored.phone.phoneHash]);
    },
  );

  it('a landline with or without its hyphen', () => {
    expect(personLookup(cipher, '05397231234').phoneHashes).toEqual([stored.landline.phoneHash]);
    expect(personLookup(cipher, '0539-7231234').phoneHashes).toEqual([stored.landline.phoneHash]);
  });

  it('the last four digits of a mobile or a landline', () => {
    expect(personLookup(cipher, '2468').phoneLast4Hashes).toEqual([stored.phone.phoneLast4Hash]);
    expect(personLookup(cipher, '1234').phoneLast4Hashes).toEqual([stored.landline.phoneLast4Hash]);
  });

  it('the identity number with a lower-case x, spaces or full-width digits', () => {
    for (const term of ['37132919850312003x', ' 371329 19850312 003X ', '３７１３２９１９８５０３１２００３ｘ'])
      expect(personLookup(cipher, term).nationalIdHashes).toEqual([stored.nationalId.nationalIdHash]);
  });

  it('the whole name, with full-width or doubled spaces around it', () => {
    expect(personLookup(cipher, '\u3000李建国  ').nameHashes).toEqual([stored.name.nameHash]);
  });

  it('the first two characters of a longer name; a two-character name is its whole name', () => {
    expect(personLookup(cipher, '李建').namePrefixHashes).toEqual([stored.name.namePrefixHash]);
    expect(nameIndexes(cipher, '李建').namePrefixHash).toBeNull();
    expect(personLookup(cipher, '李建').nameHashes).toEqual([nameIndexes(cipher, '李建').nameHash]);
    expect(nameIndexes(cipher, '欧阳娜娜').namePrefixHash).toBe(personLookup(cipher, '欧阳').namePrefixHashes[0]);
  });

  it('names in Latin letters regardless of case', () => {
    expect(personLookup(cipher, 'ALIMJAN  tursun').nameHashes).toEqual([
      nameIndexes(cipher, 'Alimjan Tursun').nameHash,
    ]);
  });

  it('looks nothing up for one character, a case number or a digit string that is no phone or id', () => {
    for (const term of ['李', '2026-000123', '123456', '   ']) {
      const lookup = personLookup(cipher, term);
      expect(Object.values(lookup).flat()).toEqual([]);
    }
  });

  it('never stores what it indexes in the clear', () => {
    const columns = identityColumns(cipher, { name: '李建国', phone: '13805312468', nationalId: '37132919850312003X' });
    expect(JSON.stringify(columns)).not.toMatch(/李建国|13805312468|2468|371329|李建/);
    expect(cipher.decrypt(columns.phoneEnc!)).toBe('13805312468');
    expect(columns.indexKeyVersion).toBe(1);
  });
});

describe('during a key rotation', () => {
  const rotating = createFieldCipher('2:a-new-key-of-enough-length 1:a-test-key-of-enough-length');

  it('a term is looked up under the new key and the retired one, so rows not yet re-indexed are found', () => {
    const lookup = personLookup(rotating, '138-0531-2468');
    expect(lookup.phoneHashes).toHaveLength(2);
    expect(lookup.phoneHashes[1]).toBe(stored.phone.phoneHash);
    expect(lookup.phoneHashes[0]).toBe(phoneColumns(rotating, '13805312468').phoneHash);
    expect(personLookup(rotating, '李建国').nameHashes[1]).toBe(stored.name.nameHash);
  });

  it('what is written is indexed under the new key and says so', () => {
    const columns = identityColumns(rotating, { name: '李建国', phone: '13805312468', nationalId: null });
    expect(columns.indexKeyVersion).toBe(2);
    expect(columns.nameHash).not.toBe(stored.name.nameHash);
    expect(rotating.keyVersionOf(columns.phoneEnc!)).toBe(2);
  });
});
