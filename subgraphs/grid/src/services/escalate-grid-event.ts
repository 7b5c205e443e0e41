import { createGridEventsRepository, type GridEventRow, type GridEventStatus } from '@onedoor/db/grid';
import { conflict } from '@onedoor/subgraph-kit';
import type { GridCall, GridContext } from '../context';
import { changeGrid } from './audit';
import { currentGridEvent } from './grid-events';
import { listRefs, requirePersons } from './references';

const ESCALATABLE: GridEventStatus[] = ['REPORTED', 'DISPOSED', 'WHISTLED', 'RESPONDED'];

const REGISTER_CASE = `mutation($input: RegisterCaseInput!) { registerCase(input: $input) { id } }`;

export interface EscalateGridEventInput {
  id: string;
  version: number;
  petitionerIds: string[];
  contactPhone: string;
  title?: string | null;
}

/**
 * Escalates a grid event into a case (网格上报 → 信访事项). The case is registered by the cases subgraph,
 * as the caller (so its own rules, roles and audit apply), with channel GRID_REPORT, the event's place,
 * category and text; the event then stores the case's id, and `Case.gridEvent` (contributed here) points
 * back. Two databases' worth of writes cannot share one transaction, so the event is first claimed
 * (ESCALATING) to stop a second escalation, and released again if the case is refused.
 */
export async function escalateGridEvent({ input, ctx }: GridCall<EscalateGridEventInput>): Promise<GridEventRow> {
  const event = await currentGridEvent({ ctx, input });
  if (!ESCALATABLE.includes(event.status))
    throw conflict(`A grid event that is ${event.status} cannot be escalated into a case.`);
  await requirePersons({
    ctx,
    refs: listRefs('input.petitionerIds', input.petitionerIds),
    hint: 'register the petitioner first (registerPerson)',
  });
  const repo = createGridEventsRepository(ctx.db);
  const claimed = await repo.update(
    event.id,
    event.version,
    { status: 'ESCALATING', updatedAt: ctx.clock.now() },
    ESCALATABLE,
  );
  if (!claimed)
    throw conflict(`Grid event ${input.id} was changed by someone else meanwhile: reload it and try again.`);
  let caseId: string;
  try {
    caseId = await registerCase({ ctx, input, event });
  } catch (error) {
    await repo.update(claimed.id, claimed.version, { status: event.status }, ['ESCALATING']);
    throw error;
  }
  return changeGrid(ctx, 'escalateGridEvent', async (tx) => {
    const now = ctx.clock.now();
    const patch = { status: 'ESCALATED' as const, caseId, escalatedAt: now, updatedAt: now };
    const row = (await createGridEventsRepository(tx).update(claimed.id, claimed.version, patch, ['ESCALATING']))!;
    return { result: row, entityId: row.id, data: { caseId, from: event.status } };
  });
}

/** Registers the case in the cases subgraph as the caller; returns its id. */
async function registerCase({
  ctx,
  input,
  event,
}: {
  ctx: GridContext;
  input: EscalateGridEventInput;
  event: GridEventRow;
}): Promise<string> {
  const registered = await ctx.peers.query<{ registerCase: { id: string } }>('cases', REGISTER_CASE, {
    input: {
      channel: 'GRID_REPORT',
      categoryId: event.categoryId,
      title: input.title ?? event.title,
      description: [event.description, event.place && `地点：${event.place}`].filter(Boolean).join('\n'),
      petitionerIds: input.petitionerIds,
      gridUnitId: event.gridUnitId,
      contactPhone: input.contactPhone,
      receivedAt: ctx.clock.now().toISOString(),
    },
  });
  return registered.registerCase.id;
}
