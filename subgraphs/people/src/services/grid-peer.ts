import { type BaseContext, notFound } from '@onedoor/subgraph-kit';

export interface GridUnitFacts {
  id: string;
  code: string;
  level: string;
  /** Every unit above, from the county down. */
  ancestorIds: string[];
  /** Level of each ancestor, in the same order. */
  ancestorLevels: string[];
}

interface UnitData {
  id: string;
  code: string;
  level: string;
  ancestors: { id: string; level: string }[];
}
const toFacts = (u: UnitData): GridUnitFacts => ({
  id: u.id,
  code: u.code,
  level: u.level,
  ancestorIds: u.ancestors.map((a) => a.id),
  ancestorLevels: u.ancestors.map((a) => a.level),
});

/** Where grid units sit in the tree, asked of the grid subgraph in one request. Unknown ids are left out. */
export async function gridUnitFacts({
  ctx,
  ids,
}: {
  ctx: BaseContext;
  ids: readonly string[];
}): Promise<Map<string, GridUnitFacts>> {
  if (ids.length === 0) return new Map();
  const units = await ctx.peers.entities<UnitData>('grid', 'GridUnit', ids, 'code level ancestors { id level }');
  return new Map([...units].map(([id, u]) => [id, toFacts(u)]));
}

/** Every unit of a level (inside a unit, when given), paged through the grid subgraph's list. */
export async function gridUnitsAt({
  ctx,
  level,
  withinId,
}: {
  ctx: BaseContext;
  level: string;
  withinId: string | null;
}): Promise<GridUnitFacts[]> {
  const out: GridUnitFacts[] = [];
  let after: string | null = null;
  for (;;) {
    const data: { gridUnits: { nodes: UnitData[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } =
      await ctx.peers.query(
        'grid',
        `query($f: GridUnitFilter, $after: String) { gridUnits(filter: $f, first: 200, after: $after) {
        nodes { id code level ancestors { id level } } pageInfo { hasNextPage endCursor } } }`,
        { f: { level, ...(withinId ? { withinId } : {}) }, after },
      );
    out.push(...data.gridUnits.nodes.map(toFacts));
    if (!data.gridUnits.pageInfo.hasNextPage) return out;
    after = data.gridUnits.pageInfo.endCursor;
  }
}

/** Refuses an organisation the grid subgraph does not know (NOT_FOUND naming `input.organisationId`). */
export async function requireOrganisation({ ctx, id }: { ctx: BaseContext; id: string | null | undefined }) {
  if (!id) return;
  const found = await ctx.peers.existing('grid', 'Organisation', [id]);
  if (!found.has(id)) throw notFound('Organisation', id, 'input.organisationId');
}

/** Refuses the first grid unit the grid subgraph does not know (NOT_FOUND naming `input.gridUnitIds.<i>`). */
export async function requireGridUnits({ ctx, ids }: { ctx: BaseContext; ids: readonly string[] }) {
  const found = await ctx.peers.existing('grid', 'GridUnit', ids);
  const missing = ids.findIndex((u) => !found.has(u));
  if (missing >= 0) throw notFound('Grid unit', ids[missing]!, `input.gridUnitIds.${missing}`);
}
