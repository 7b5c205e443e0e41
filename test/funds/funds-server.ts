import { graphqlClient, type GraphQLResponse, onlyError, testToken } from '../support/client';
import { randomUUID } from 'node:crypto';
import {
  createFieldCipher,
  createFundsRepository,
  createLedgerRepository,
  type Database,
  type DisbursementRow,
  type FundKind,
  type FundRow,
  type FundRules,
  type OpenedDatabase,
  type Role,
} from '@onedoor/db';
import { fundsSubgraph } from '@onedoor/funds';
import {
  type Clock,
  createPeerClient,
  loadConfig,
  loadTypeDefs,
  type PeerUrls,
  startSubgraph,
  type SubgraphDefinition,
} from '@onedoor/subgraph-kit';
import { openTestDatabase, StatementCounter } from '../support/database';

export interface FundsServer {
  db: Database;
  counter: StatementCounter;
  /** Posts an operation straight to the funds subgraph, with the gateway's secret and the token if given. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
  ): Promise<GraphQLResponse<T>>;
  /** A token for these roles; each call is another account unless `accountId` is given. */
  tokenFor(roles: Role[], accountId?: string): Promise<string>;
  clock: ReturnType<typeof tickingClock>;
  /** A person the stand-in people subgraph knows, with these vulnerability flags. */
  addPerson(vulnerabilities?: string[]): string;
  /** A case the stand-in cases subgraph knows, in this status (IN_HANDLING by default). */
  addCase(status?: string): string;
  setCaseStatus(caseId: string, status: string): void;
  /** A new fund holding `balanceFen` through an ALLOCATION entry, with optional rules. */
  openFund(balanceFen: bigint, kind?: FundKind, rules?: FundRules): Promise<FundRow>;
  balanceOf(fundId: string): Promise<bigint>;
  /** A payment written straight through the repositories (entry, lines, disbursement), for tests that need many quickly. */
  recordPayment(p: {
    fundId: string;
    caseId: string | null;
    personId: string;
    amountFen: bigint;
  }): Promise<DisbursementRow>;
  stop(): Promise<void>;
}

/**
 * Stand-in for the people and cases subgraphs: answers `_entities` for the Person and Case ids a
 * test registered, so the funds subgraph's reference checks run over real HTTP through the kit's PeerClient.
 */
function standInPeers(known: Set<string>, facts: Map<string, Record<string, unknown>>): SubgraphDefinition<object> {
  const resolveIfKnown = (ref: { id: string }) =>
    known.has(ref.id) ? { id: ref.id, status: 'IN_HANDLING', vulnerabilities: [], ...facts.get(ref.id) } : null;
  return {
    name: 'people',
    typeDefs: loadTypeDefs(new URL('./peers.graphql', import.meta.url)),
    resolvers: {
      Query: { ready: () => true },
      ...Object.fromEntries(
        ['Person', 'Case', 'GridUnit', 'Mediator', 'Organisation'].map((t) => [
          t,
          { __resolveReference: resolveIfKnown },
        ]),
      ),
    },
    createLoaders: () => ({}),
  };
}

/** A clock that moves one second per reading, so payments have distinct, ordered times; tests may move it on. */
export function tickingClock(start = Date.parse('2026-03-02T01:00:00Z')): Clock & { travelTo(moment: Date): void } {
  let t = start;
  return {
    now: () => new Date((t += 1000)),
    travelTo(moment) {
      if (moment.getTime() < t) throw new Error('the test clock only moves forward');
      t = moment.getTime();
    },
  };
}

/**
 * The funds subgraph on a fresh database (PGlite or PostgreSQL, per vitest project, or a given one),
 * with stand-in peers, called over HTTP as the gateway would call it.
 */
export async function startFundsServer(
  options: { database?: OpenedDatabase; counter?: StatementCounter } = {},
): Promise<FundsServer> {
  const counter = options.counter ?? new StatementCounter();
  const opened = options.database ?? (await openTestDatabase({ logger: counter }));
  const config = loadConfig({ NODE_ENV: 'test' });
  const known = new Set<string>();
  const facts = new Map<string, Record<string, unknown>>();
  const urls: PeerUrls = {};
  const deps = {
    db: opened.db,
    clock: tickingClock(),
    cipher: createFieldCipher(config.dataKey),
    config,
    peers: createPeerClient(urls, config.gatewaySecret),
  };
  const peers = await startSubgraph(standInPeers(known, facts), deps, { port: 0 });
  urls.people = peers.url;
  urls.cases = peers.url;
  urls.grid = peers.url;
  const funds = await startSubgraph(fundsSubgraph, deps, { port: 0 });
  const repo = createFundsRepository(opened.db);
  let fundNo = 0;

  return {
    db: opened.db,
    counter,
    gql: graphqlClient(funds.url, config.gatewaySecret),
    clock: deps.clock,
    tokenFor: (roles, accountId = randomUUID()) => testToken(config, roles, { accountId }),
    addPerson(vulnerabilities) {
      const id = remember(known);
      if (vulnerabilities) facts.set(id, { vulnerabilities });
      return id;
    },
    addCase(status) {
      const id = remember(known);
      if (status) facts.set(id, { status });
      return id;
    },
    setCaseStatus: (caseId, status) => facts.set(caseId, { status }),
    async openFund(balanceFen, kind = 'PETITION_RELIEF', rules = {}) {
      fundNo += 1;
      const at = deps.clock.now();
      return opened.db.transaction(async (tx) => {
        const fund = await createFundsRepository(tx).insertFund({
          code: `TEST-${fundNo}-${randomUUID().slice(0, 8)}`,
          name: `测试救助基金 ${fundNo}`,
          kind,
          ...rules,
        });
        if (balanceFen === 0n) return fund;
        const ledger = createLedgerRepository(tx);
        const entry = await ledger.insertEntry({
          kind: 'ALLOCATION',
          memo: '测试拨款',
          occurredAt: at,
          recordedBy: null,
        });
        await ledger.insertLines(entry.id, [
          { fundId: fund.id, amountFen: balanceFen },
          { externalAccount: 'BUDGET', amountFen: -balanceFen },
        ]);
        return { ...fund, balanceFen };
      });
    },
    recordPayment: (p) =>
      opened.db.transaction(async (tx) => {
        const ledger = createLedgerRepository(tx);
        const paidAt = deps.clock.now();
        const entry = await ledger.insertEntry({
          kind: 'DISBURSEMENT',
          memo: '救助',
          occurredAt: paidAt,
          recordedBy: null,
        });
        await ledger.insertLines(entry.id, [
          { fundId: p.fundId, amountFen: -p.amountFen },
          { externalAccount: 'PAYEES', amountFen: p.amountFen },
        ]);
        const paid = await createFundsRepository(tx).insertDisbursementOnce({
          ...p,
          applicationId: null,
          purpose: '救助',
          idempotencyKey: randomUUID(),
          paidAt,
          journalEntryId: entry.id,
        });
        return paid!;
      }),
    async balanceOf(fundId) {
      const [fund] = await repo.fundsByIds([fundId]);
      if (!fund) throw new Error(`no fund ${fundId}`);
      return fund.balanceFen;
    },
    async stop() {
      await funds.stop();
      await peers.stop();
      await opened.close();
    },
  };
}

function remember(known: Set<string>): string {
  const id = randomUUID();
  known.add(id);
  return id;
}

export const RECORD_DISBURSEMENT = `mutation($input: RecordDisbursementInput!) {
  recordDisbursement(input: $input) { id amount purpose paidAt idempotencyKey fund { id balance } person { id } case { id } }
}`;

export { onlyError, type GraphQLResponse };
