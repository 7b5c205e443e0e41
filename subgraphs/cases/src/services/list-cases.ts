import { type CaseListFilter, type CaseRow, casesTable, createCasesRepository } from '@onedoor/db/cases';
import { type Connection, type PageArgs, paginate, type SortKey } from '@onedoor/subgraph-kit';
import type { CasesContext } from '../context';
import { readSearch } from './case-search';
import { DEFAULT_CASE_RULES } from './clock';
import { clockConditions, type ClockFilter } from './clock-filter';
import { gridSubtrees } from './grid-subtree';

export type CaseOrder = { field: 'RECEIVED_AT' | 'DEADLINE_AT' | 'NUMBER'; direction?: 'ASC' | 'DESC' | null };
/** A page of cases as `cases` answers it (the total counted only when asked for). */
export type CasePage = Connection<CaseRow>;

/** `CaseFilter` as the API takes it: the repository's filter, with what must be read or asked first. */
export type CaseFilterInput = Omit<CaseListFilter, 'search' | 'clock' | 'gridUnitIds'> &
  ClockFilter & {
    withinGridUnitId?: string | null;
    search?: string | null;
  };

const SORTS = {
  RECEIVED_AT: { column: casesTable.receivedAt, value: (r: CaseRow) => r.receivedAt },
  DEADLINE_AT: { column: casesTable.deadlineAt, value: (r: CaseRow) => r.deadlineAt },
  NUMBER: { column: casesTable.number, value: (r: CaseRow) => r.number },
} as const;

/** Lists the cases the viewer may see; filter, order and page all run in SQL. */
export async function listCases({
  ctx,
  filter: { withinGridUnitId, search, warning, overdue, daysLeftAtMost, ...rest },
  order,
  page,
}: {
  ctx: CasesContext;
  filter: CaseFilterInput;
  order: CaseOrder | null | undefined;
  page: PageArgs;
}): Promise<CasePage> {
  const filter: CaseListFilter = { ...rest };
  const [scope, found, rules] = await Promise.all([
    ctx.loaders.scope(),
    readSearch({ ctx, term: search }),
    // Only the colours need the thresholds in force.
    warning?.length ? ctx.loaders.rules() : DEFAULT_CASE_RULES,
  ]);
  filter.search = found;
  filter.clock = clockConditions({ filter: { warning, overdue, daysLeftAtMost }, now: ctx.clock.now(), rules });
  if (withinGridUnitId) {
    const trees = await gridSubtrees({ ctx, roots: [withinGridUnitId] });
    filter.gridUnitIds = trees.get(withinGridUnitId) ?? [withinGridUnitId];
  }
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
