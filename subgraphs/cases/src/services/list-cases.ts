import { type CaseListFilter, type CaseRow, casesTable, createCasesRepository } from '@onedoor/db';
import { type Connection, type Context, type PageArgs, paginate, type SortKey } from '@onedoor/subgraph-kit';
import type { CasesLoaders } from '../loaders';
import { gridSubtrees } from './grid-subtree';

export type CaseOrder = { field: 'RECEIVED_AT' | 'DEADLINE_AT' | 'NUMBER'; direction?: 'ASC' | 'DESC' | null };

const SORTS = {
  RECEIVED_AT: { column: casesTable.receivedAt, value: (r: CaseRow) => r.receivedAt },
  DEADLINE_AT: { column: casesTable.deadlineAt, value: (r: CaseRow) => r.deadlineAt },
  NUMBER: { column: casesTable.number, value: (r: CaseRow) => r.number },
} as const;

/** Lists the cases the viewer may see; filter, order and page all run in SQL. */
export async function listCases(
  ctx: Context<CasesLoaders>,
  input: CaseListFilter & { withinGridUnitId?: string | null },
  order: CaseOrder | null | undefined,
  page: PageArgs,
): Promise<Connection<CaseRow>> {
  const scope = await ctx.loaders.scope();
  const { withinGridUnitId, ...filter } = input;
  if (withinGridUnitId)
    filter.gridUnitIds = (await gridSubtrees(ctx, [withinGridUnitId])).get(withinGridUnitId) ?? [withinGridUnitId];
  const repo = createCasesRepository(ctx.db);
  const chosen = SORTS[order?.field ?? 'RECEIVED_AT'];
  const sort: SortKey<CaseRow> = { ...chosen, direction: order?.direction ?? 'DESC' };
  return paginate({
    args: page,
    sort,
    idColumn: casesTable.id,
    fetch: (p) => repo.list(filter, scope, p),
    count: () => repo.count(filter, scope),
  });
}
