import type { BaseContext } from '@onedoor/subgraph-kit';

/**
 * Where a mediator's current workload (open cases) comes from. The cases subgraph owns cases; this
 * small interface keeps ranking independent of how the figure travels, and lets tests supply it.
 */
export interface WorkloadSource {
  /** Open cases per membership id; ids missing from the map count as unknown. */
  openCases(mediatorIds: readonly string[]): Promise<Map<string, number>>;
}

/**
 * Asks the cases subgraph, in one `_entities` request, for each mediator's `workload` (open cases as
 * cases counts them), so "open" is defined in one place.
 */
export function createPeerWorkload(ctx: BaseContext): WorkloadSource {
  return {
    async openCases(mediatorIds) {
      if (mediatorIds.length === 0) return new Map();
      const found = await ctx.peers.entities<{ id: string; workload: number }>(
        'cases',
        'Mediator',
        mediatorIds,
        'workload',
      );
      return new Map([...found].map(([id, m]) => [id, m.workload]));
    },
  };
}
