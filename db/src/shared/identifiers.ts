import type { Gender } from '../people/tables';
import { isRealDate } from './time';

/** Weights of the first 17 characters in the GB 11643-1999 check (2^(17-i) mod 11). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** Check character for each remainder of the weighted sum mod 11. */
const CHECK_CHARS = '10X98765432';

/** Why a national id was refused: the stable reason an API error carries (docs/API.md). */
export type NationalIdProblem = 'NATIONAL_ID_FORMAT' | 'NATIONAL_ID_BIRTH_DATE' | 'NATIONAL_ID_CHECKSUM';

export type NationalIdCheck =
  | { ok: true; value: string; birthDate: string; gender: Gender }
  | { ok: false; message: string; reason: NationalIdProblem; params: Record<string, string | number> };

/** The check character (0-9 or X) that the first 17 digits of a 居民身份证号 call for. */
export function nationalIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('The first 17 characters of a national id are digits.');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/**
 * Checks an 18-character resident identity number (居民身份证号, GB 11643): 17 digits, a real birth
 * date in characters 7-14, and the check character. A lowercase x is accepted and stored as X.
 * Returns the birth date and the gender the number encodes (odd 17th digit: male).
 */
export function checkNationalId(input: string): NationalIdCheck {
  const value = normaliseNationalId(input);
  if (!/^\d{17}[\dX]$/.test(value)) {
    return {
      ok: false,
      message: `A national id (居民身份证号) is 18 characters: 17 digits then a digit or X; got ${value.length} characters.`,
      reason: 'NATIONAL_ID_FORMAT',
      params: { length: value.length },
    };
  }
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (!isRealDate(birthDate) || Number(value.slice(6, 10)) < 1800) {
    return {
      ok: false,
      message: `Characters 7-14 of a national id are the birth date, but ${birthDate} is not a real date: check the number on the card.`,
      reason: 'NATIONAL_ID_BIRTH_DATE',
      params: { birthDate },
    };
  }
  const expected = nationalIdCheckChar(value.slice(0, 17));
  if (value[17] !== expected) {
    return {
      ok: false,
      message:
        'The national id fails its check digit (GB 11643): a character was probably mistyped. Check the number on the card.',
      reason: 'NATIONAL_ID_CHECKSUM',
      params: {},
    };
  }
  return { ok: true, value, birthDate, gender: Number(value[16]) % 2 === 1 ? 'MALE' : 'FEMALE' };
}

/** A national id as typed, in the form it is checked, stored and hashed: full-width folded, no spaces, X upper-case. */
export const normaliseNationalId = (input: string): string => input.normalize('NFKC').replace(/\s+/g, '').toUpperCase();

const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{9,11}$/;
/** Separators people type inside a number: spaces, hyphens, dots, brackets. */
const SEPARATORS = /[\s\-.()]/g;

/**
 * The one rule for a phone number, whichever field or subgraph it arrives in: a mainland mobile
 * (13812345678) or a landline with its area code (0539-1234567). Full-width digits, spaces, hyphens, dots,
 * brackets and a +86 / 0086 country code are accepted as people type them; a mobile is stored as its 11
 * digits, a landline keeps a hyphen after a 3- or 4-digit area code when one was typed there. Null when
 * it is neither.
 */
export function normalisePhone(input: string): string | null {
  const typed = input.normalize('NFKC').trim();
  let digits = typed.replace(SEPARATORS, '');
  const national = /^(?:\+|00)?86(1[3-9]\d{9})$/.exec(digits);
  if (national) digits = national[1]!;
  if (MOBILE.test(digits)) return digits;
  if (!LANDLINE.test(digits)) return null;
  const area = /^\(?(0\d{2,3})\)?[\s\-.]/.exec(typed)?.[1];
  if (!area) return digits;
  // Typed with its area code apart, the local number must be 7 or 8 digits.
  const local = digits.slice(area.length);
  return /^\d{7,8}$/.test(local) ? `${area}-${local}` : null;
}

/** A person's name as typed: full-width spaces and runs of white space folded, ends trimmed. */
export const normaliseName = (input: string): string => input.normalize('NFKC').replace(/\s+/g, ' ').trim();

/** The form that is hashed for look-up, so `0539-1234567` and `05391234567` find the same person. */
export const phoneLookupKey = (phone: string) => phone.replace(/-/g, '');
