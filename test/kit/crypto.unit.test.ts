import { createFieldCipher, mask, parseDataKeys } from '@onedoor/db';
import { describe, expect, it } from 'vitest';

describe('personal identifiers at rest', () => {
  const cipher = createFieldCipher('a-test-key-of-enough-length');

  it('encrypts with a fresh nonce each time and decrypts back', () => {
    const a = cipher.encrypt('371329199001011234');
    const b = cipher.encrypt('371329199001011234');
    expect(a).not.toBe(b);
    expect(a).not.toContain('371329');
    expect(cipher.decrypt(a)).toBe('371329199001011234');
  });

  it('finds equal values through a keyed hash that another key does not reproduce', () => {
    expect(cipher.hash('13800001111')).toBe(cipher.hash('13800001111'));
    expect(createFieldCipher('another-key-of-enough-length').hash('13800001111')).not.toBe(cipher.hash('13800001111'));
  });

  it('refuses a tampered value', () => {
    const stored = cipher.encrypt('13800001111');
    const i = stored.length - 2;
    const tampered = `${stored.slice(0, i)}${stored[i] === 'A' ? 'B' : 'A'}${stored.slice(i + 1)}`;
    expect(tampered).not.toBe(stored);
    expect(() => cipher.decrypt(tampered)).toThrow();
  });

  it('masks all but the head and tail', () => {
    expect(mask('371329199001011234')).toBe('371***********1234');
    expect(mask('13800001111', 3, 4)).toBe('138****1111');
  });
});

describe('rotating the data key (a keyring, current key first)', () => {
  const OLD = 'the-old-key-of-enough-length';
  const NEW = 'the-new-key-of-enough-length';
  const before = createFieldCipher(OLD);
  const rotating = createFieldCipher(`2:${NEW} 1:${OLD}`);
  const after = createFieldCipher(`2:${NEW}`);

  it('reads one secret as key 1 and a keyring as versioned keys, refusing a malformed or ambiguous ring', () => {
    expect(parseDataKeys(OLD)).toEqual([{ version: 1, secret: OLD }]);
    expect(parseDataKeys(`2:${NEW}  1:${OLD}`)).toEqual([
      { version: 2, secret: NEW },
      { version: 1, secret: OLD },
    ]);
    expect(() => parseDataKeys(`2:${NEW} ${OLD}`)).toThrow(/<version>:<secret>/);
    expect(() => parseDataKeys(`2:${NEW} 2:${OLD}`)).toThrow(/its own version/);
    expect(() => createFieldCipher('2:short')).toThrow(/at least 16/);
  });

  it('encrypts under the current key and still decrypts what a retired key encrypted', () => {
    const old = before.encrypt('13805312468');
    expect(old.startsWith('v1.')).toBe(true);
    expect(rotating.decrypt(old)).toBe('13805312468');
    const fresh = rotating.encrypt('13805312468');
    expect(rotating.keyVersionOf(fresh)).toBe(2);
    expect(after.decrypt(fresh)).toBe('13805312468');
    expect(() => after.decrypt(old)).toThrow(/data key 1, which is not in the keyring/);
  });

  it('looks values up under every key of the ring, so rows indexed before the rotation are found', () => {
    expect(rotating.hash('13805312468')).toBe(after.hash('13805312468'));
    expect(rotating.hashes('13805312468')).toEqual([after.hash('13805312468'), before.hash('13805312468')]);
    expect(after.hashes('13805312468')).not.toContain(before.hash('13805312468'));
  });

  it('keeps the hash of each blind index apart from the others', () => {
    expect(before.hash('2468', 'phone-last4')).not.toBe(before.hash('2468'));
    expect(before.hash('2468', 'phone-last4')).not.toBe(before.hash('2468', 'name'));
  });
});
