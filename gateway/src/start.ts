import { createFieldCipher, openDatabase } from '@onedoor/db';
import { loadConfig } from '@onedoor/subgraph-kit';
import { composeSupergraph, readCommittedSupergraph } from './compose';
import { buildAdminIfStale, serveAdmin } from './admin';
import { DEMO_ACCOUNTS, isSeeded, seedDemo } from './seed';
import { startStack } from './stack';

/**
 * `pnpm start`: the whole system in one process on the embedded database (or PostgreSQL with
 * DATABASE_URL): migrations, the demo county on first start, four subgraphs and the gateway.
 */
async function main() {
  const config = loadConfig();
  const opened = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  const cipher = createFieldCipher(config.dataKey);
  if (config.seedDemo && !(await isSeeded(opened.db))) {
    console.log('[onedoor] first start: seeding the demo county …');
    const summary = await seedDemo({ db: opened.db, cipher, now: new Date() });
    const { county, durationMs, ...counts } = summary;
    console.log(
      `[onedoor] seeded ${county} in ${durationMs} ms: ${Object.entries(counts)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')}`,
    );
  }
  const supergraphSdl = readCommittedSupergraph();
  if (!config.production && composeSupergraph() !== supergraphSdl) {
    console.warn('[onedoor] gateway/supergraph.graphql is stale: run `pnpm compose` and commit it.');
  }
  if (config.serveAdmin && buildAdminIfStale()) console.log('[onedoor] built the back office (admin/dist).');
  const routes = config.serveAdmin ? serveAdmin() : undefined;
  const stack = await startStack({
    db: opened.db,
    config,
    cipher,
    supergraphSdl,
    port: config.port ?? 4000,
    host: config.host,
    routes,
  });
  console.log(banner(stack.gatewayUrl, opened.kind, opened.location, stack.subgraphUrls));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[onedoor] ${signal}: stopping …`);
    await stack.stop();
    await opened.close();
    console.log('[onedoor] stopped; data is kept.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

function banner(url: string, kind: string, location: string, subgraphs: Record<string, string>): string {
  const logins = DEMO_ACCOUNTS.map(
    (a) => `    ${a.username.padEnd(14)} ${a.password}   ${a.role.padEnd(13)} ${a.label}`,
  ).join('\n');
  return [
    '',
    `OneDoor is running.`,
    `  GraphQL gateway   ${url}`,
    `  back office       ${url.replace(/\/graphql$/, '/admin/')}`,
    ...Object.entries(subgraphs).map(([name, u]) => `  ${`${name} subgraph`.padEnd(17)} ${u} (gateway only)`),
    `  database          ${kind} (${location})`,
    '  demo logins (back office, or mutation { login(input: { username, password }) { token } }):',
    logins,
    '',
  ].join('\n');
}

main().catch((err: unknown) => {
  console.error('[onedoor] failed to start:', err);
  process.exit(1);
});
