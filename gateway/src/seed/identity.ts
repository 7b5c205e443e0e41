import type { FieldCipher } from '@onedoor/db';
import { nationalIdCheckChar } from '@onedoor/db';
import type { Gender, personsTable, Vulnerability } from '@onedoor/db/people';
import { identityColumns } from '@onedoor/people/search-keys';
import { twoDigits } from './context';
import { COUNTY, personName } from './names';
import type { Random } from './random';

/** Address codes of people born elsewhere (migrant workers, in-laws from other provinces). */
const ELSEWHERE = ['410100', '342100', '320300', '130400', '411500', '370800'];
const MOBILE_PREFIXES = [
  '130',
  '131',
  '132',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '155',
  '156',
  '158',
  '159',
  '177',
  '180',
  '182',
  '186',
  '187',
  '188',
  '189',
  '199',
];

export interface PersonOptions {
  gender?: Gender;
  bornBetween: readonly [number, number];
  address: string;
  vulnerabilities?: Vulnerability[];
  /** Born outside the county: a non-local id, and flagged as a migrant. */
  migrant?: boolean;
  /** A fixed name, for the demo accounts' people. */
  name?: string;
}

export interface MadePerson {
  id: string;
  name: string;
  phone: string;
  nationalId: string;
  row: typeof personsTable.$inferInsert;
}

/** Makes people with unique, valid, encrypted and indexed identifiers; the plain phone stays in memory for the cases. */
export function createPersonFactory(random: Random, cipher: FieldCipher, now: Date) {
  const ids = new Set<string>();
  const phones = new Set<string>();
  const unique = (seen: Set<string>, make: () => string) => {
    for (;;) {
      const value = make();
      if (!seen.has(value)) {
        seen.add(value);
        return value;
      }
    }
  };
  return (options: PersonOptions): MadePerson => {
    const gender = options.gender ?? (random.chance(0.58) ? 'MALE' : 'FEMALE');
    const year = random.int(options.bornBetween[0], options.bornBetween[1]);
    const birthDate = `${year}-${twoDigits(random.int(1, 12))}-${twoDigits(random.int(1, 28))}`;
    const area = options.migrant ? random.pick(ELSEWHERE) : COUNTY.code;
    const nationalId = unique(ids, () => {
      const sequence = random.int(0, 49) * 2 + (gender === 'MALE' ? 1 : 0);
      const first17 = `${area}${birthDate.replaceAll('-', '')}${random.int(0, 9)}${String(sequence).padStart(2, '0')}`;
      return first17 + nationalIdCheckChar(first17);
    });
    const phone = unique(
      phones,
      () => random.pick(MOBILE_PREFIXES) + String(random.int(0, 99_999_999)).padStart(8, '0'),
    );
    const vulnerabilities = new Set(options.vulnerabilities ?? []);
    if (options.migrant) vulnerabilities.add('MIGRANT');
    const id = random.uuid();
    const name = options.name ?? personName(random, gender);
    return {
      id,
      name,
      phone,
      nationalId,
      row: {
        id,
        name,
        gender,
        ...identityColumns(cipher, { name, phone, nationalId }),
        birthDate,
        address: options.address,
        vulnerabilities: [...vulnerabilities],
        createdAt: now,
        updatedAt: now,
      },
    };
  };
}

export type PersonFactory = ReturnType<typeof createPersonFactory>;
