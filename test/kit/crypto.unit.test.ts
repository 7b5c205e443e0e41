import { createFieldCipher, mask } from '@onedoor/db';
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
