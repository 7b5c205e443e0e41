import { fileURLToPath } from 'node:url';
import type { KitConfig } from '../env';
import { s3FileStore } from './s3';
import { type FileStore, localFileStore } from './store';

export * from './attach';
export * from './s3';
export * from './store';
export * from './tokens';
export * from './types';
export * from './uploads';

/** The local store's default directory, beside the embedded database: `<repo>/.data/files`. */
export const defaultFilesDir = fileURLToPath(new URL('../../../../.data/files', import.meta.url));

/** The file store the configuration names: an S3-compatible bucket when one is configured, else the local directory. */
export function openFileStore(config: Pick<KitConfig, 'filesDir' | 's3'>): FileStore {
  if (config.s3) return s3FileStore(config.s3);
  return localFileStore(config.filesDir ?? defaultFilesDir);
}
