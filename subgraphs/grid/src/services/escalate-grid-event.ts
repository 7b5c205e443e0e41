import { createGridEventsRepository, type GridEventRow, type GridEventStatus } from '@onedoor/db';
import { badInput, type BaseContext, conflict, notFound, recordAudit } from '@onedoor/subgraph-kit';

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
export async function escalateGridEvent({
  input,
  ctx,
}: {
  input: EscalateGridEventInput;
  ctx: BaseContext;
}): Promise<GridEventRow> {
  const repo = createGridEventsRepository(ctx.db);
  const [event] = await repo.findByIds([input.id]);
  if (!event) throw notFound('Grid event', input.id, 'input.id');
  if (event.version !== input.version)
    throw conflict(
      `Grid event ${input.id} was changed by someone else (now version ${event.version}): reload it and try again.`,
    );
  if (!ESCALATABLE.includes(event.status))
    throw conflict(`A grid event that is ${event.status} cannot be escalated into a case.`);
  const known = await ctx.peers.existing('people', 'Person', input.petitionerIds);
  const missing = input.petitionerIds.findIndex((p) => !known.has(p));
  if (missing >= 0)
    throw badInput(
      `input.petitionerIds.${missing}`,
      `No person has the id '${input.petitionerIds[missing]}': register the petitioner first (registerPerson).`,
    );
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
    caseId = registered.registerCase.id;
  } catch (error) {
    await repo.update(claimed.id, claimed.version, { status: event.status }, ['ESCALATING']);
    throw error;
  }

  return ctx.db.transaction(async (tx) => {
    const row = (await createGridEventsRepository(tx).update(
      claimed.id,
      claimed.version,
      {
        status: 'ESCALATED',
        caseId,
        escalatedAt: ctx.clock.now(),
        updatedAt: ctx.clock.now(),
      },
      ['ESCALATING'],
    ))!;
    await recordAudit(tx, ctx, {
      subgraph: 'grid',
      action: 'escalateGridEvent',
      entityType: 'GridEvent',
      entityId: row.id,
      data: { caseId, from: event.status },
    });
    return row;
  });
}
