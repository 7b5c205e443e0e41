import { randomUUID } from 'node:crypto';
import type { OpenedDatabase, Transaction } from '@onedoor/db';
import {
  createFundsRepository,
  createLedgerRepository,
  type DisbursementRow,
  type EntryKind,
  type FundKind,
  type FundRow,
  type FundRules,
  type NewLine,
} from '@onedoor/db/funds';
import { fundsSubgraph } from '@onedoor/funds';
import { loadTypeDefs, type SubgraphDefinition } from '@onedoor/subgraph-kit';
import { expect } from 'vitest';
import { type GraphQLResponse, onlyError } from '../support/client';
import { MONDAY_MORNING, TestClock } from '../support/clock';
import type { StatementCounter } from '../support/database';
import { startSubgraphHarness, type SubgraphHarness } from '../support/subgraph';

/** The funds subgraph on the one harness, with the stand-in peers and the helpers funds tests share. */
export interface FundsServer extends SubgraphHarness {
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
}

/**
 * Stand-in for the people, cases and grid subgraphs: answers `_entities` for the ids a test registered, so
 * the funds subgraph's reference checks run over real HTTP through the kit's peers.
 */
function standInPeers(known: Set<string>, facts: Map<string, Record<string, unknown>>): SubgraphDefinition<unknown> {
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

/** An entry and its lines written straight through the ledger repository, as no mutation would. */
async function postStraight({
  tx,
  kind,
  memo,
  at,
  lines,
}: {
  tx: Transaction;
  kind: EntryKind;
  memo: string;
  at: Date;
  lines: NewLine[];
}) {
  const ledger = createLedgerRepository(tx);
  const entry = await ledger.insertEntry({ kind, memo, occurredAt: at, recordedBy: null });
  await ledger.insertLines(entry.id, lines);
  return entry;
}

/**
 * The funds subgraph on the harness (a fresh database unless one is given), its peers stood in for. The
 * clock moves one second per reading, so payments have distinct, ordered times; tests may move it on.
 */
export async function startFundsServer(
  options: { database?: OpenedDatabase; counter?: StatementCounter } = {},
): Promise<FundsServer> {
  const known = new Set<string>();
  const facts = new Map<string, Record<string, unknown>>();
  const harness = await startSubgraphHarness(fundsSubgraph, {
    ...options,
    clock: new TestClock(MONDAY_MORNING, { tickMs: 1000 }),
    alsoStart: [standInPeers(known, facts)],
  });
  harness.peerUrls.cases = harness.peerUrls.people;
  harness.peerUrls.grid = harness.peerUrls.people;
  const { db, clock } = harness;
  let fundNo = 0;
  const remember = (fact?: Record<string, unknown>) => {
    const id = randomUUID();
    known.add(id);
    if (fact) facts.set(id, fact);
    return id;
  };

  return {
    ...harness,
    addPerson: (vulnerabilities) => remember(vulnerabilities && { vulnerabilities }),
    addCase: (status) => remember(status ? { status } : undefined),
    setCaseStatus: (caseId, status) => facts.set(caseId, { status }),
    async openFund(balanceFen, kind = 'PETITION_RELIEF', rules = {}) {
      fundNo += 1;
      const at = clock.now();
      return db.transaction(async (tx) => {
        const fund = await createFundsRepository(tx).insertFund({
          code: `TEST-${fundNo}-${randomUUID().slice(0, 8)}`,
          name: `测试救助基金 ${fundNo}`,
          kind,
          ...rules,
        });
        if (balanceFen === 0n) return fund;
        const lines: NewLine[] = [
          { fundId: fund.id, amountFen: balanceFen },
          { externalAccount: 'BUDGET', amountFen: -balanceFen },
        ];
        await postStraight({ tx, kind: 'ALLOCATION', memo: '测试拨款', at, lines });
        return { ...fund, balanceFen };
      });
    },
    recordPayment: (p) =>
      db.transaction(async (tx) => {
        const paidAt = clock.now();
        const lines: NewLine[] = [
          { fundId: p.fundId, amountFen: -p.amountFen },
          { externalAccount: 'PAYEES', amountFen: p.amountFen },
        ];
        const entry = await postStraight({ tx, kind: 'DISBURSEMENT', memo: '救助', at: paidAt, lines });
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
      const [fund] = await createFundsRepository(db).fundsByIds([fundId]);
      if (!fund) throw new Error(`no fund ${fundId}`);
      return fund.balanceFen;
    },
    // A database given for the file (a larger pool, say) is the server's to close, like its own.
    async stop() {
      await harness.stop();
      await options.database?.close();
    },
  };
}

export const RECORD_DISBURSEMENT = `mutation($input: RecordDisbursementInput!) {
  recordDisbursement(input: $input) { id amount purpose paidAt idempotencyKey fund { id balance } person { id } case { id } }
}`;

export { onlyError, type GraphQLResponse };

/** Cases `ids` as the gateway resolves them here, `selection` read from this subgraph, asked for with `token`. */
export function caseEntities<T>(server: FundsServer, ids: readonly string[], selection: string, token: string) {
  return server.gql<{ _entities: ({ id: string } & T)[] }>(
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on Case { id ${selection} } } }`,
    { r: ids.map((id) => ({ __typename: 'Case', id })) },
    token,
  );
}

/** A mediator reads `field` of a case: the case resolves, the field is null, and the one error is FORBIDDEN on it. */
export async function expectFieldRefusedToMediator(
  server: FundsServer,
  caseId: string,
  field: string,
  selection: string,
) {
  const res = await caseEntities(server, [caseId], `${field} ${selection}`, await server.tokenFor(['MEDIATOR']));
  expect(res.data!._entities[0]).toEqual({ id: caseId, [field]: null });
  expect(res.errors).toHaveLength(1);
  expect(res.errors![0]!.extensions?.code).toBe('FORBIDDEN');
  expect(res.errors![0]!.path).toEqual(['_entities', 0, field]);
}
