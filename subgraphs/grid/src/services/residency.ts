import {
  createGridRepository,
  createRosterRepository,
  type OrganisationKind,
  type ResidencyMode,
  type ResidencyRow,
} from '@onedoor/db';
import { badInput, type BaseContext, conflict, recordAudit } from '@onedoor/subgraph-kit';
import { addDays, shanghaiMoment } from './duty-rules';

/** The last calendar day of a `YYYY-MM` month. */
export const lastDayOf = (month: string) => addDays(`${addDays(`${month}-01`, 31).slice(0, 7)}-01`, -1);
const monthsBefore = (month: string, n: number) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 - n, 1));
  return d.toISOString().slice(0, 7);
};

/** Who staffs the centre on a day (入驻): permanent, rotating and on-call organisations, by window. */
export function residentsOn({ date, ctx }: { date: string; ctx: BaseContext }): Promise<ResidencyRow[]> {
  return createRosterRepository(ctx.db).residenciesOverlapping(date, date);
}

export async function addResidency({
  input,
  ctx,
}: {
  input: {
    organisationId: string;
    mode: ResidencyMode;
    window?: string | null;
    startsOn: string;
    endsOn?: string | null;
  };
  ctx: BaseContext;
}): Promise<ResidencyRow> {
  if (input.endsOn && input.endsOn < input.startsOn)
    throw badInput('input.endsOn', `A residency cannot end (${input.endsOn}) before it starts (${input.startsOn}).`);
  return ctx.db.transaction(async (tx) => {
    const [organisation] = await createGridRepository(tx).findOrganisationsByIds([input.organisationId]);
    if (!organisation)
      throw badInput(
        'input.organisationId',
        `No organisation has the id '${input.organisationId}': pick one from organisations.`,
      );
    const [row] = await createRosterRepository(tx).insertResidencies(
      [{ ...input, window: input.window ?? null, endsOn: input.endsOn ?? null }],
      ctx.clock.now(),
    );
    await recordAudit(tx, ctx, {
      subgraph: 'grid',
      action: 'addResidency',
      entityType: 'Residency',
      entityId: row!.id,
      data: { organisationId: organisation.id, mode: input.mode },
    });
    return row!;
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
async function caseLoads(ctx: BaseContext, ids: string[], from: Date, to: Date): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const fields = ids.map(
    (_, i) =>
      `o${i}: cases(filter: { responsibleUnitId: $o${i}, receivedFrom: $from, receivedTo: $to }, first: 0) { totalCount }`,
  );
  const document = `query($from: DateTime!, $to: DateTime!, ${ids.map((_, i) => `$o${i}: ID!`).join(', ')}) { ${fields.join('\n')} }`;
  const entries: [string, string][] = [
    ['from', from.toISOString()],
    ['to', to.toISOString()],
    ...ids.map((id, i): [string, string] => [`o${i}`, id]),
  ];
  const variables = Object.fromEntries(entries);
  const data = await ctx.peers.query<Record<string, { totalCount: number }>>('cases', document, variables);
  return new Map(ids.map((id, i) => [id, data[`o${i}`]?.totalCount ?? 0]));
}

/**
 * The monthly rotation plan (轮驻): the `count` busiest organisations of the given kinds that are not
 * already resident, busiest meaning the most cases routed to them over the months before; ties by code.
 * They get a rotating residency for the whole month, at the windows given in order. Planning a month
 * again replaces its rotation.
 */
export async function planMonthlyRotation({
  input,
  ctx,
}: {
  input: RotationPlanInput;
  ctx: BaseContext;
}): Promise<ResidencyRow[]> {
  const first = `${input.month}-01`;
  const last = lastDayOf(input.month);
  const repo = createRosterRepository(ctx.db);
  const resident = new Set(
    (await repo.residenciesOverlapping(first, last)).filter((r) => r.mode === 'PERMANENT').map((r) => r.organisationId),
  );
  const candidates = (await repo.organisationsOfKinds(input.kinds)).filter((o) => !resident.has(o.id));
  if (candidates.length < input.count)
    throw conflict(
      `Only ${candidates.length} non-resident organisations of kinds ${input.kinds.join(', ')} exist; cannot pick ${input.count}.`,
    );
  const from = shanghaiMoment(`${monthsBefore(input.month, input.lookBackMonths)}-01`, '00:00');
  const loads = await caseLoads(
    ctx,
    candidates.map((c) => c.id),
    from,
    shanghaiMoment(first, '00:00'),
  );
  const picked = candidates
    .map((o) => ({ o, load: loads.get(o.id) ?? 0 }))
    .sort((a, b) => b.load - a.load || a.o.code.localeCompare(b.o.code))
    .slice(0, input.count);
  return ctx.db.transaction(async (tx) => {
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
    await recordAudit(tx, ctx, {
      subgraph: 'grid',
      action: 'planMonthlyRotation',
      entityType: 'Residency',
      entityId: null,
      data: { month: input.month, organisationIds: picked.map((p) => p.o.id), loads: picked.map((p) => p.load) },
    });
    return rows;
  });
}
