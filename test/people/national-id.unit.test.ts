import { checkNationalId, nationalIdCheckChar, normalisePhone } from '@onedoor/db';
import { describe, expect, it } from 'vitest';

describe('national id (居民身份证号) check digit, GB 11643', () => {
  it('accepts the examples printed in the standard, including a final X', () => {
    expect(checkNationalId('11010519491231002X')).toEqual({
      ok: true,
      value: '11010519491231002X',
      birthDate: '1949-12-31',
      gender: 'FEMALE',
    });
    expect(checkNationalId('440524188001010014')).toMatchObject({ ok: true, birthDate: '1880-01-01', gender: 'MALE' });
  });

  it('computes the check character from the first 17 digits', () => {
    expect(nationalIdCheckChar('11010519491231002')).toBe('X');
    expect(nationalIdCheckChar('44052418800101001')).toBe('4');
  });

  it('accepts a lowercase x and stores it as X', () => {
    expect(checkNationalId(' 11010519491231002x ')).toMatchObject({ ok: true, value: '11010519491231002X' });
  });

  it('refuses a number with one mistyped digit', () => {
    const result = checkNationalId('110105194912310021');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/check digit/);
  });

  it('refuses two swapped digits', () => {
    expect(checkNationalId('11015019491231002X').ok).toBe(false);
  });

  it('refuses the wrong length, letters inside, and an X anywhere but last', () => {
    for (const bad of ['', '1101051949123100', '1101051949123100200', '11010519491231A02X', 'X10105194912310021']) {
      const result = checkNationalId(bad);
      expect(result.ok, bad).toBe(false);
      expect(!result.ok && result.message, bad).toMatch(/18 characters/);
    }
  });

  it('refuses a birth date that does not exist, even with a matching check digit', () => {
    const first17 = '37132219990230001';
    const result = checkNationalId(first17 + nationalIdCheckChar(first17));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/1999-02-30 is not a real date/);
  });
});

describe('phone numbers', () => {
  it('accepts mainland mobiles and landlines with an area code', () => {
    expect(normalisePhone('13812345678')).toBe('13812345678');
    expect(normalisePhone('138 1234 5678')).toBe('13812345678');
    expect(normalisePhone('0539-1234567')).toBe('0539-1234567');
    expect(normalisePhone('01012345678')).toBe('01012345678');
  });

  it('refuses numbers that are neither', () => {
    for (const bad of ['12812345678', '1381234567', '138123456789', '539-1234567', '0539-123456', '+1 4155550100']) {
      expect(normalisePhone(bad), bad).toBeNull();
    }
  });
});
