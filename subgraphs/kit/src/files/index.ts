import { fileURLToPath } from 'node:url';
import type { KitConfig } from '../env';
import { type FileStore, localFileStore } from './store';

export * from './store';
export * from './tokens';

/** The local store's default directory, beside the embedded database: `<repo>/.data/files`. */
export const defaultFilesDir = fileURLToPath(new URL('../../../../.data/files', import.meta.url));

/** The file store the configuration names: the local directory unless another store is configured. */
export function openFileStore(config: Pick<KitConfig, 'filesDir'>): FileStore {
  return localFileStore(config.filesDir ?? defaultFilesDir);
}
