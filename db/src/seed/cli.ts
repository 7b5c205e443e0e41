import { createFieldCipher } from '../crypto';
import { openDatabase } from '../database';
import { DEMO_ACCOUNTS, isSeeded, seedDemo } from './index';

/** Same development default as the subgraph kit's env.ts, so the seed encrypts with the key the servers read. */
const DEV_DATA_KEY = 'onedoor-development-secret-do-not-use-in-production:ONEDOOR_DATA_KEY';

function dataKey(): string {
  const key = process.env.ONEDOOR_DATA_KEY;
  if (key) return key;
  if (process.env.NODE_ENV === 'production') {
    throw new Error('ONEDOOR_DATA_KEY must be set in production: the seed encrypts national ids and phones with it.');
  }
  return DEV_DATA_KEY;
}

async function main(): Promise<void> {
  const cipher = createFieldCipher(dataKey());
  const database = await openDatabase();
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
