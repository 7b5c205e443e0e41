import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';

/**
 * Encryption at rest for personal identifiers (national id, phone): AES-256-GCM with a random
 * nonce per value, plus keyed hashes (HMAC-SHA-256, "blind indexes") so equal values can be found
 * without decrypting. Stored form: `v<key version>.<nonce>.<tag>.<ciphertext>`, each part base64url.
 *
 * The key is a keyring: the first key encrypts and hashes everything new; the others (retired keys)
 * still decrypt what they encrypted and still answer look-ups (`hashes`), until the rows they wrote
 * are re-encrypted and re-indexed under the current key (the people subgraph does it at start-up).
 */
export interface FieldCipher {
  /** The version of the key that encrypts and hashes new values (the first of the ring). */
  readonly keyVersion: number;
  encrypt(plain: string): string;
  /** Decrypts with the key the stored value names; a value of a key no longer in the ring is refused. */
  decrypt(stored: string): string;
  /** The version of the key a stored value was encrypted with. */
  keyVersionOf(stored: string): number;
  /**
   * Keyed hash under the current key, for equality look-ups; never reversible. `index` names the blind
   * index (`name`, `phone-last4` …) so equal inputs of two indexes hash apart; without it, the hash
   * of the national id and phone indexes.
   */
  hash(plain: string, index?: string): string;
  /** The hash under every key of the ring, current first: what a look-up matches, so rows not yet re-indexed are found. */
  hashes(plain: string, index?: string): string[];
}

/** One key of the ring: the version its values carry, and its secret. */
export interface DataKey {
  version: number;
  secret: string;
}

const KEYRING_ENTRY = /^(\d+):(.+)$/s;

/**
 * Reads `ONEDOOR_DATA_KEY`: a single secret (key version 1), or while rotating a keyring of
 * `<version>:<secret>` entries separated by white space, the current key first: `2:<new> 1:<old>`.
 */
export function parseDataKeys(value: string): DataKey[] {
  const parts = value.trim().split(/\s+/);
  if (parts.length === 1 && !KEYRING_ENTRY.test(parts[0]!)) return [{ version: 1, secret: parts[0]! }];
  const keys = parts.map((part) => {
    const entry = KEYRING_ENTRY.exec(part);
    if (!entry) throw new Error('A data keyring is `<version>:<secret>` entries separated by spaces.');
    return { version: Number(entry[1]), secret: entry[2]! };
  });
  if (new Set(keys.map((k) => k.version)).size !== keys.length)
    throw new Error('Each key of the data keyring needs its own version.');
  return keys;
}

interface DerivedKey {
  version: number;
  enc: Buffer;
  mac: Buffer;
}

function derive({ version, secret }: DataKey): DerivedKey {
  if (secret.length < 16) throw new Error('The data encryption key must be at least 16 characters.');
  if (!Number.isSafeInteger(version) || version < 1) throw new Error('A data key version is a positive integer.');
  return {
    version,
    enc: createHash('sha256').update(`enc:${secret}`).digest(),
    mac: createHash('sha256').update(`mac:${secret}`).digest(),
  };
}

/** A cipher over one secret (key version 1) or a keyring (`parseDataKeys`), the current key first. */
export function createFieldCipher(keys: string | readonly DataKey[]): FieldCipher {
  const ring = (typeof keys === 'string' ? parseDataKeys(keys) : keys).map(derive);
  const current = ring[0];
  if (!current) throw new Error('The data keyring is empty.');
  const byVersion = new Map(ring.map((k) => [k.version, k]));
  const mac = (key: DerivedKey, plain: string, index?: string) =>
    createHmac('sha256', key.mac)
      .update(index ? `${index}:${plain}` : plain)
      .digest('base64url');
  const parse = (stored: string) => {
    const [label, nonce, tag, body] = stored.split('.');
    const version = /^v(\d+)$/.exec(label ?? '')?.[1];
    if (!version || !nonce || !tag || body === undefined) throw new Error('Unreadable encrypted value.');
    return { version: Number(version), nonce, tag, body };
  };
  return {
    keyVersion: current.version,
    encrypt(plain) {
      const nonce = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', current.enc, nonce);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [`v${current.version}`, nonce, cipher.getAuthTag(), body]
        .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
        .join('.');
    },
    decrypt(stored) {
      const { version, nonce, tag, body } = parse(stored);
      const key = byVersion.get(version);
      if (!key) throw new Error(`The value was encrypted with data key ${version}, which is not in the keyring.`);
      const decipher = createDecipheriv('aes-256-gcm', key.enc, Buffer.from(nonce, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    },
    keyVersionOf: (stored) => parse(stored).version,
    hash: (plain, index) => mac(current, plain, index),
    hashes: (plain, index) => ring.map((key) => mac(key, plain, index)),
  };
}

/** Shows the first `head` and last `tail` characters: `371***********1234`. */
export function mask(value: string, head = 3, tail = 4): string {
  if (value.length <= head + tail) return '*'.repeat(value.length);
  return value.slice(0, head) + '*'.repeat(value.length - head - tail) + value.slice(-tail);
}
