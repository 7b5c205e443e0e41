import { addDays, beijingMoment } from '@onedoor/db';
import { createRosterRepository, type OrganisationKind, type ResidencyMode, type ResidencyRow } from '@onedoor/db/grid';
import { badInput, conflict } from '@onedoor/subgraph-kit';
import type { GridCall, GridContext } from '../context';
import { changeGrid } from './audit';
import { firstOfNextMonth } from './duty-rules';
import { requireOrganisation } from './references';

/** The `YYYY-MM` month `n` months before a month. */
const monthsBefore = (month: string, n: number) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 - n, 1)).toISOString().slice(0, 7);
};

/** Who staffs the centre on a day (入驻): permanent, rotating and on-call organisations, by window. */
export function residentsOn({ date, ctx }: { date: string; ctx: GridContext }): Promise<ResidencyRow[]> {
  return createRosterRepository(ctx.db).residenciesOverlapping(date, date);
}

export async function addResidency({
  input,
  ctx,
}: GridCall<{
  organisationId: string;
  mode: ResidencyMode;
  window?: string | null;
  startsOn: string;
  endsOn?: string | null;
}>): Promise<ResidencyRow> {
  if (input.endsOn && input.endsOn < input.startsOn)
    throw badInput('input.endsOn', `A residency cannot end (${input.endsOn}) before it starts (${input.startsOn}).`, {
      reason: 'ENDS_BEFORE_START',
      params: { start: 'startsOn' },
    });
  return changeGrid(ctx, 'addResidency', async (tx) => {
    const organisation = await requireOrganisation({ db: tx, ref: ['input.organisationId', input.organisationId] });
    const [row] = await createRosterRepository(tx).insertResidencies(
      [{ ...input, window: input.window ?? null, endsOn: input.endsOn ?? null }],
      ctx.clock.now(),
    );
    return { result: row!, entityId: row!.id, data: { organisationId: organisation.id, mode: input.mode } };
  });
}

export interface RotationPlanInput {
  month: string;
  count: number;
  kinds: OrganisationKind[];
  lookBackMonths: number;
  windows: string[];
}

/** Cases routed to each organisation and received in [from, to), in one request to the cases subgraph. */
async function caseLoads({
  ctx,
  ids,
  from,
  to,
}: {
  ctx: GridContext;
  ids: string[];
  from: Date;
  to: Date;
}): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const fields = ids.map(
    (_, i) =>
      `o${i}: cases(filter: { responsibleUnitId: $o${i}, receivedFrom: $from, receivedTo: $to }, first: 0) { totalCount }`,
  );
  const document = `query($from: DateTime!, $to: DateTime!, ${ids.map((_, i) => `$o${i}: ID!`).join(', ')}) { ${fields.join('\n')} }`;
  const variables: Record<string, string> = { from: from.toISOString(), to: to.toISOString() };
  ids.forEach((id, i) => (variables[`o${i}`] = id));
  const data = await ctx.peers.query<Record<string, { totalCount: number }>>('cases', document, variables);
  return new Map(ids.map((id, i) => [id, data[`o${i}`]?.totalCount ?? 0]));
}

/**
 * The monthly rotation plan (轮驻): the `count` busiest organisations of the given kinds that are not
 * already resident, busiest meaning the most cases routed to them over the months before; ties by code.
 * They get a rotating residency for the whole month, at the windows given in order. Planning a month
 * again replaces its rotation.
 */
export async function planMonthlyRotation({ input, ctx }: GridCall<RotationPlanInput>): Promise<ResidencyRow[]> {
  const first = `${input.month}-01`;
  const last = addDays(firstOfNextMonth(input.month), -1);
  const repo = createRosterRepository(ctx.db);
  const resident = new Set(
    (await repo.residenciesOverlapping(first, last)).filter((r) => r.mode === 'PERMANENT').map((r) => r.organisationId),
  );
  const candidates = (await repo.organisationsOfKinds(input.kinds)).filter((o) => !resident.has(o.id));
  if (candidates.length < input.count)
    throw conflict(
      `Only ${candidates.length} non-resident organisations of kinds ${input.kinds.join(', ')} exist; cannot pick ${input.count}.`,
    );
  const loads = await caseLoads({
    ctx,
    ids: candidates.map((c) => c.id),
    from: beijingMoment(`${monthsBefore(input.month, input.lookBackMonths)}-01`),
    to: beijingMoment(first),
  });
  const picked = candidates
    .map((o) => ({ o, load: loads.get(o.id) ?? 0 }))
    .sort((a, b) => b.load - a.load || a.o.code.localeCompare(b.o.code))
    .slice(0, input.count);
  return changeGrid(ctx, 'planMonthlyRotation', async (tx) => {
    const rosters = createRosterRepository(tx);
    await rosters.deleteRotationsOf(first, last);
    const rows = await rosters.insertResidencies(
      picked.map(({ o, load }, i) => ({
        organisationId: o.id,
        mode: 'ROTATING',
        window: input.windows[i] ?? null,
        startsOn: first,
        endsOn: last,
        caseLoad: load,
      })),
      ctx.clock.now(),
    );
    return {
      result: rows,
      entityId: null,
      data: { month: input.month, organisationIds: picked.map((p) => p.o.id), loads: picked.map((p) => p.load) },
    };
  });
}
