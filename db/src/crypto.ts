import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';

/**
 * Encryption at rest for personal identifiers (national id, phone): AES-256-GCM with a random
 * nonce per value, plus a keyed hash (HMAC-SHA-256) so equal values can be found without decrypting.
 * Stored form: `v1.<nonce>.<tag>.<ciphertext>`, each part base64url.
 */
export interface FieldCipher {
  encrypt(plain: string): string;
  decrypt(stored: string): string;
  /** Keyed hash for equality look-ups; never reversible. */
  hash(plain: string): string;
}

export function createFieldCipher(secret: string): FieldCipher {
  if (secret.length < 16) throw new Error('The data encryption key must be at least 16 characters.');
  const encKey = createHash('sha256').update(`enc:${secret}`).digest();
  const macKey = createHash('sha256').update(`mac:${secret}`).digest();
  return {
    encrypt(plain) {
      const nonce = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encKey, nonce);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return ['v1', nonce, cipher.getAuthTag(), body]
        .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
        .join('.');
    },
    decrypt(stored) {
      const [version, nonce, tag, body] = stored.split('.');
      if (version !== 'v1' || !nonce || !tag || body === undefined) throw new Error('Unreadable encrypted value.');
      const decipher = createDecipheriv('aes-256-gcm', encKey, Buffer.from(nonce, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    },
    hash(plain) {
      return createHmac('sha256', macKey).update(plain).digest('base64url');
    },
  };
}

/** Shows the first `head` and last `tail` characters: `371***********1234`. */
export function mask(value: string, head = 3, tail = 4): string {
  if (value.length <= head + tail) return '*'.repeat(value.length);
  return value.slice(0, head) + '*'.repeat(value.length - head - tail) + value.slice(-tail);
}
