import { createFieldCipher, openDatabase } from '@onedoor/db';
import { loadConfig } from '@onedoor/subgraph-kit';
import { DEMO_ACCOUNTS, isSeeded, seedDemo } from './index';

/**
 * `pnpm seed`: the demo county into the configured database, once. The field key comes from the same
 * configuration the servers read (`loadConfig`, which refuses the development key in production), so they
 * decrypt what the seed writes.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const cipher = createFieldCipher(config.dataKey);
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    if (await isSeeded(database.db)) {
      console.log(`The database at ${database.location} already has accounts; the demo county was not seeded again.`);
      return;
    }
    const summary = await seedDemo({ db: database.db, cipher });
    const { county, durationMs, ...counts } = summary;
    console.log(`Seeded the demo county ${county} into ${database.location} in ${durationMs} ms:`);
    console.table(counts);
    console.log('Demo logins (password for all: ' + (DEMO_ACCOUNTS[0]?.password ?? '') + '):');
    for (const account of DEMO_ACCOUNTS)
      console.log(`  ${account.username.padEnd(14)} ${account.role.padEnd(14)} ${account.label}`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
