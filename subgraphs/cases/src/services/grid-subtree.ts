import type { BaseContext } from '@onedoor/subgraph-kit';

/** The grid has a county, townships, work areas, villages and base grids: at most four levels below any unit. */
const MAX_DEPTH = 5;

/**
 * Each root's subtree (the root included), asked of the grid subgraph, which owns the tree: one
 * `_entities` call per level for all roots together, never a read of grid's tables.
 */
export async function gridSubtrees({
  ctx,
  roots,
}: {
  ctx: BaseContext;
  roots: readonly string[];
}): Promise<Map<string, string[]>> {
  const result = new Map(roots.map((r) => [r, [r]]));
  let frontier = roots.map((root) => ({ root, id: root }));
  for (let depth = 0; depth < MAX_DEPTH && frontier.length; depth += 1) {
    const units = await ctx.peers.entities<{ id: string; children: { id: string }[] }>(
      'grid',
      'GridUnit',
      [...new Set(frontier.map((f) => f.id))],
      'children { id }',
    );
    const next: typeof frontier = [];
    frontier.forEach(({ root, id }) => {
      for (const child of units.get(id)?.children ?? []) {
        result.get(root)!.push(child.id);
        next.push({ root, id: child.id });
      }
    });
    frontier = next;
  }
  return result;
}
