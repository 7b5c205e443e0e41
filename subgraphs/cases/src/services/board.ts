import { DAY_MS } from '@onedoor/db';
import { type CaseRow, createCasesRepository } from '@onedoor/db/cases';
import type { DeadlineBoardOrder } from '../generated/resolvers';
import type { CasesContext } from '../context';
import { clockOf, type WarningColour } from './clock';

const RANK: Record<WarningColour, number> = { NONE: 0, BLUE: 1, YELLOW: 2, RED: 3 };

/** One lead unit's row of the board (`unitId` null: cases not routed yet). */
export interface BoardRow {
  unitId: string | null;
  yellow: number;
  red: number;
  cases: CaseRow[];
}

/**
 * The deadline board: the deadline projection narrows the candidates in SQL and orders them by days left
 * (the stored deadline, kept equal to the derived one), then each candidate's clock is derived from its
 * events (one batched statement) and the colours counted per lead unit.
 */
export async function deadlineBoard({
  ctx,
  order,
  ...args
}: {
  ctx: CasesContext;
  unitId?: string | null;
  minimum?: WarningColour | null;
  order?: DeadlineBoardOrder | null;
}): Promise<BoardRow[]> {
  const minimum = args.minimum ?? 'YELLOW';
  const direction = order?.direction ?? 'ASC';
  const rules = await ctx.loaders.rules();
  const horizonDays =
    minimum === 'NONE' ? 100_000 : minimum === 'BLUE' ? rules.blueDays : minimum === 'YELLOW' ? rules.yellowDays : 0;
  const before = new Date(ctx.clock.now().getTime() + horizonDays * DAY_MS + 1);
  const candidates = await createCasesRepository(ctx.db).dueBefore(
    await ctx.loaders.scope(),
    args.unitId ?? null,
    before,
    direction,
  );
  const clocks = await Promise.all(candidates.map((row) => clockOf({ ctx, row })));
  // A Map keeps the units in the order their first case came: by days left, as DAYS_LEFT ranks them.
  const rows = new Map<string | null, BoardRow>();
  candidates.forEach((row, i) => {
    const { warning } = clocks[i]!;
    if (RANK[warning] < RANK[minimum]) return;
    const key = row.responsibleOrganisationId;
    const entry = rows.get(key) ?? { unitId: key, yellow: 0, red: 0, cases: [] };
    if (warning === 'YELLOW') entry.yellow += 1;
    if (warning === 'RED') entry.red += 1;
    entry.cases.push(row);
    rows.set(key, entry);
  });
  if (order?.field === 'DAYS_LEFT') return [...rows.values()];
  return [...rows.values()].sort(
    (a, b) => b.red - a.red || b.yellow - a.yellow || String(a.unitId).localeCompare(String(b.unitId)),
  );
}
