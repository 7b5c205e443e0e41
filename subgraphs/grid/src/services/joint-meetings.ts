import {
  createGridRepository,
  createMeetingsRepository,
  type JointMeetingRow,
  type MeetingDecisionFilter,
  type MeetingDecisionRow,
  jointMeetingsTable,
  meetingDecisionsTable,
} from '@onedoor/db';
import {
  badInput,
  type BaseContext,
  type Connection,
  forbidden,
  hasRole,
  type PageArgs,
  paginate,
  recordAudit,
} from '@onedoor/subgraph-kit';

async function requireOrganisations(
  ctx: BaseContext,
  ids: string[],
  fieldOf: (index: number) => string,
): Promise<void> {
  const found = new Set((await createGridRepository(ctx.db).findOrganisationsByIds(ids)).map((o) => o.id));
  const missing = ids.findIndex((id) => !found.has(id));
  if (missing >= 0)
    throw badInput(fieldOf(missing), `No organisation has the id '${ids[missing]}': pick one from organisations.`);
}

export interface ScheduleJointMeetingInput {
  title: string;
  scheduledAt: Date;
  place?: string | null;
  organisationIds: string[];
  topics: { kind: string; text: string; refId?: string | null }[];
}

/** Schedules a joint meeting (联席会议) with the organisations attending and its topics. */
export async function scheduleJointMeeting({
  input,
  ctx,
}: {
  input: ScheduleJointMeetingInput;
  ctx: BaseContext;
}): Promise<JointMeetingRow> {
  await requireOrganisations(ctx, input.organisationIds, (i) => `input.organisationIds.${i}`);
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const row = await createMeetingsRepository(tx).insertMeeting({
      title: input.title,
      scheduledAt: input.scheduledAt,
      place: input.place ?? null,
      organisationIds: input.organisationIds,
      topics: input.topics.map((t) => ({ kind: t.kind, text: t.text, refId: t.refId ?? null })),
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, ctx, {
      subgraph: 'grid',
      action: 'scheduleJointMeeting',
      entityType: 'JointMeeting',
      entityId: row.id,
      data: { organisationIds: input.organisationIds },
    });
    return row;
  });
}

/** A decision of the meeting, owned by one organisation and due on a date. */
export async function recordMeetingDecision({
  input,
  ctx,
}: {
  input: { meetingId: string; text: string; ownerOrganisationId: string; dueOn: string };
  ctx: BaseContext;
}): Promise<MeetingDecisionRow> {
  const [meeting] = await createMeetingsRepository(ctx.db).meetingsByIds([input.meetingId]);
  if (!meeting) throw badInput('input.meetingId', `No joint meeting has the id '${input.meetingId}'.`);
  await requireOrganisations(ctx, [input.ownerOrganisationId], () => 'input.ownerOrganisationId');
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const row = await createMeetingsRepository(tx).insertDecision({ ...input, createdAt: now, updatedAt: now });
    await recordAudit(tx, ctx, {
      subgraph: 'grid',
      action: 'recordMeetingDecision',
      entityType: 'MeetingDecision',
      entityId: row.id,
      data: { meetingId: meeting.id },
    });
    return row;
  });
}

/** Progress on a decision; an owner's handler may report only on its own organisation's decisions. */
export async function recordDecisionFollowUp({
  input,
  ctx,
}: {
  input: { decisionId: string; note: string; done: boolean };
  ctx: BaseContext;
}): Promise<MeetingDecisionRow> {
  const [decision] = await createMeetingsRepository(ctx.db).decisionsByIds([input.decisionId]);
  if (!decision) throw badInput('input.decisionId', `No meeting decision has the id '${input.decisionId}'.`);
  if (
    !hasRole(ctx.viewer, ['ADMIN', 'CENTRE_STAFF', 'LEADER']) &&
    ctx.viewer?.organisationId !== decision.ownerOrganisationId
  ) {
    throw forbidden(
      'This decision belongs to another organisation: only its owner (or centre staff) can follow it up.',
    );
  }
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const row = (await createMeetingsRepository(tx).addFollowUp(
      decision.id,
      { at: now.toISOString(), note: input.note, accountId: ctx.viewer?.accountId ?? null },
      input.done,
      now,
    ))!;
    await recordAudit(tx, ctx, {
      subgraph: 'grid',
      action: 'recordDecisionFollowUp',
      entityType: 'MeetingDecision',
      entityId: row.id,
      data: { done: input.done },
    });
    return row;
  });
}

export function listJointMeetings({
  args,
  ctx,
}: {
  args: PageArgs;
  ctx: BaseContext;
}): Promise<Connection<JointMeetingRow>> {
  const repo = createMeetingsRepository(ctx.db);
  return paginate<JointMeetingRow>({
    args,
    sort: { column: jointMeetingsTable.scheduledAt, direction: 'DESC', value: (r) => r.scheduledAt },
    idColumn: jointMeetingsTable.id,
    fetch: (page) => repo.listMeetings(page),
    count: () => repo.countMeetings(),
  });
}

export function listMeetingDecisions({
  args,
  ctx,
}: {
  args: PageArgs & { filter: MeetingDecisionFilter };
  ctx: BaseContext;
}): Promise<Connection<MeetingDecisionRow>> {
  const repo = createMeetingsRepository(ctx.db);
  return paginate<MeetingDecisionRow>({
    args,
    sort: { column: meetingDecisionsTable.dueOn, direction: 'ASC', value: (r) => r.dueOn },
    idColumn: meetingDecisionsTable.id,
    fetch: (page) => repo.listDecisions(args.filter, page),
    count: () => repo.countDecisions(args.filter),
  });
}
