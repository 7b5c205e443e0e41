import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Where uploaded evidence and issued notices keep their bytes. Files are addressed by the SHA-256 of their
 * content: the same bytes are stored once, a stored file never changes, and a reader can check what it got.
 * The local directory is the default (next to the embedded database, kept across restarts); an
 * S3-compatible store implements the same interface when configured.
 */
export interface FileStore {
  /** Stores the bytes (idempotent) and returns their checksum and size. */
  put(bytes: Uint8Array): Promise<StoredFile>;
  /** The bytes stored under a checksum, or null when there are none. */
  get(sha256: string): Promise<Uint8Array | null>;
  /** Whether bytes are stored under a checksum. */
  has(sha256: string): Promise<boolean>;
}

/** What the store knows of a file: its checksum (lower-case hex) and its size in bytes. */
export interface StoredFile {
  sha256: string;
  size: number;
}

/** The SHA-256 of some bytes, lower-case hex. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const CHECKSUM = /^[0-9a-f]{64}$/;

/** A file store in a local directory: `<root>/ab/abcdef…`, written to a temporary name and renamed into place. */
export function localFileStore(root: string): FileStore {
  const pathOf = (sha256: string) => {
    if (!CHECKSUM.test(sha256)) throw new Error(`Not a SHA-256 checksum: ${sha256}`);
    return join(root, sha256.slice(0, 2), sha256);
  };
  const has = async (sha256: string) => {
    const path = pathOf(sha256);
    try {
      await stat(path);
      return true;
    } catch {
      return false;
    }
  };
  return {
    async put(bytes) {
      const sha256 = sha256Hex(bytes);
      const path = pathOf(sha256);
      if (!(await has(sha256))) {
        await mkdir(dirname(path), { recursive: true });
        const temporary = `${path}.${randomUUID()}.part`;
        await writeFile(temporary, bytes);
        await rename(temporary, path);
      }
      return { sha256, size: bytes.byteLength };
    },
    async get(sha256) {
      const path = pathOf(sha256);
      try {
        return new Uint8Array(await readFile(path));
      } catch {
        return null;
      }
    },
    has,
  };
}
