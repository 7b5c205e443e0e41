import { createFieldCipher, openDatabase } from '@onedoor/db';
import { createPersonSearchRepository } from '@onedoor/db/people';
import { loadConfig } from '@onedoor/subgraph-kit';
import { reindexPersons } from './services/reindex-persons';

/**
 * `pnpm people:reindex`: after a data key rotation (a new key first in `ONEDOOR_DATA_KEY`, the old one
 * after it), re-encrypts persons' identifiers and recomputes their blind indexes under the new key. The
 * people subgraph does the same at every start; this runs it without a restart and says what is left.
 */
const config = loadConfig();
const opened = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
try {
  const cipher = createFieldCipher(config.dataKey);
  const { reindexed } = await reindexPersons({ db: opened.db, cipher });
  const left = await createPersonSearchRepository(opened.db).countToReindex(cipher.keyVersion);
  console.log(`[onedoor] re-indexed ${reindexed} persons under data key ${cipher.keyVersion}; ${left} left.`);
} finally {
  await opened.close();
}
