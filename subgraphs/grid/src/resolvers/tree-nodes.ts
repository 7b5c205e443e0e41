import type DataLoader from 'dataloader';
import type { GridContext } from '../context';

/**
 * Grid units and organisations are both trees of coded things. Each resolves as an entity by id through its
 * loader (an unknown id, asked by another subgraph whether it exists, resolves to null) and names its parent.
 */
export function treeNode<T extends { parentId: string | null }>(
  loader: (ctx: GridContext) => DataLoader<string, T | null>,
) {
  return {
    __resolveReference: (ref: { id: string }, ctx: GridContext) => loader(ctx).load(ref.id),
    parent: (node: T, _: unknown, ctx: GridContext) => (node.parentId ? loader(ctx).load(node.parentId) : null),
  };
}
