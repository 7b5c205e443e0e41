import type { BaseContext } from '@onedoor/subgraph-kit';

/**
 * Where a mediator's current workload (open cases) comes from. The cases subgraph owns cases; this
 * small interface keeps ranking independent of how the figure travels, and lets tests supply it.
 */
export interface WorkloadSource {
  /** Open cases per membership id; ids missing from the map count as unknown. */
  openCases(mediatorIds: readonly string[]): Promise<Map<string, number>>;
}

/** Case statuses that still need the mediator's time. */
const OPEN = ['REGISTERED', 'ROUTED', 'ACCEPTED', 'IN_HANDLING'];

/**
 * Asks the cases subgraph, in one request, how many open cases each mediator works. Uses the
 * `cases(filter: { mediatorId })` count until the cases subgraph offers `Mediator.workload`, which
 * can replace this query without touching the ranking.
 */
export function createPeerWorkload(ctx: Pick<BaseContext, 'peers' | 'authorization' | 'requestId'>): WorkloadSource {
  return {
    async openCases(mediatorIds) {
      if (mediatorIds.length === 0) return new Map();
      const params = mediatorIds.map((_, i) => `$m${i}: ID`).join(', ');
      const fields = mediatorIds.map((_, i) => `m${i}: cases(filter: { mediatorId: $m${i}, status: [${OPEN.join(', ')}] }, first: 0) { totalCount }`).join('\n');
      const variables = Object.fromEntries(mediatorIds.map((id, i) => [`m${i}`, id]));
      const data = await ctx.peers.query<Record<string, { totalCount: number }>>('cases', `query(${params}) {\n${fields}\n}`, variables, ctx);
      return new Map(mediatorIds.map((id, i) => [id, data[`m${i}`]?.totalCount ?? 0]));
    },
  };
}
