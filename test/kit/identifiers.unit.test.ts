import { checkNationalId, normaliseName, normalisePhone, phoneLookupKey } from '@onedoor/db';
import { describe, expect, it } from 'vitest';

describe('phone numbers as people type them', () => {
  it.each([
    ['13805312468', '13805312468'],
    ['138-0531-2468', '13805312468'],
    ['138 0531 2468', '13805312468'],
    ['+86 138 0531 2468', '13805312468'],
    ['0086-13805312468', '13805312468'],
    ['８６１３８０５３１２４６８', '13805312468'],
    ['0539-1234567', '0539-1234567'],
    ['(0539) 1234567', '0539-1234567'],
    ['010-12345678', '010-12345678'],
    ['05391234567', '05391234567'],
  ])('%s is stored as %s', (typed, stored) => {
    expect(normalisePhone(typed)).toBe(stored);
  });

  it.each(['12345', '1380531246', '23805312468', '138053124689', 'phone', '+1 415 555 0100'])(
    '%s is refused',
    (typed) => {
      expect(normalisePhone(typed)).toBeNull();
    },
  );

  it('finds the same person however the landline was typed', () => {
    expect(phoneLookupKey(normalisePhone('0539-1234567')!)).toBe(phoneLookupKey(normalisePhone('05391234567')!));
  });
});

describe('identity numbers and names as people type them', () => {
  it('takes a lower-case x, spaces and full-width digits', () => {
    const result = checkNationalId(' 11010519491231002x ');
    expect(result).toMatchObject({ ok: true, value: '11010519491231002X', birthDate: '1949-12-31' });
    expect(checkNationalId('１１０１０５１９４９１２３１００２Ｘ')).toMatchObject({
      ok: true,
      value: '11010519491231002X',
    });
  });

  it('refuses a birth date before 1800 or not in the calendar', () => {
    expect(checkNationalId('11010517991231002X').ok).toBe(false);
    expect(checkNationalId('110105194902300021').ok).toBe(false);
  });

  it('folds full-width and repeated spaces in a name', () => {
    expect(normaliseName('\u3000李\u3000建国  ')).toBe('李 建国');
    expect(normaliseName('Ahmat  Tursun')).toBe('Ahmat Tursun');
  });
});
