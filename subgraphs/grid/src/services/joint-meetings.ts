import {
  createMeetingsRepository,
  type JointMeetingRow,
  jointMeetingsTable,
  type MeetingDecisionFilter,
  type MeetingDecisionRow,
  meetingDecisionsTable,
} from '@onedoor/db/grid';
import { badInput, created, forbidden, hasRole, type PageArgs, paginate } from '@onedoor/subgraph-kit';
import type { GridCall, GridContext } from '../context';
import { sortBy } from './listing';
import { CENTRE } from '../roles';
import { changeGrid } from './audit';
import { listRefs, requireOrganisation, requireOrganisations } from './references';

export interface ListMeetingDecisionsArgs extends PageArgs {
  filter: MeetingDecisionFilter;
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
}: GridCall<ScheduleJointMeetingInput>): Promise<JointMeetingRow> {
  await requireOrganisations({ db: ctx.db, refs: listRefs('input.organisationIds', input.organisationIds) });
  return changeGrid(ctx, 'scheduleJointMeeting', async (tx) => {
    const now = ctx.clock.now();
    const row = await createMeetingsRepository(tx).insertMeeting({
      title: input.title,
      scheduledAt: input.scheduledAt,
      place: input.place ?? null,
      organisationIds: input.organisationIds,
      topics: input.topics.map((t) => ({ kind: t.kind, text: t.text, refId: t.refId ?? null })),
      ...created(now),
    });
    return { result: row, entityId: row.id, data: { organisationIds: input.organisationIds } };
  });
}

/** A decision of the meeting, owned by one organisation and due on a date. */
export async function recordMeetingDecision({
  input,
  ctx,
}: GridCall<{
  meetingId: string;
  text: string;
  ownerOrganisationId: string;
  dueOn: string;
}>): Promise<MeetingDecisionRow> {
  const [meeting] = await createMeetingsRepository(ctx.db).meetingsByIds([input.meetingId]);
  if (!meeting)
    throw badInput('input.meetingId', `No joint meeting has the id '${input.meetingId}'.`, { reason: 'NOT_FOUND' });
  await requireOrganisation({ db: ctx.db, ref: ['input.ownerOrganisationId', input.ownerOrganisationId] });
  return changeGrid(ctx, 'recordMeetingDecision', async (tx) => {
    const now = ctx.clock.now();
    const row = await createMeetingsRepository(tx).insertDecision({ ...input, ...created(now) });
    return { result: row, entityId: row.id, data: { meetingId: meeting.id } };
  });
}

/** Progress on a decision; an owner's handler may report only on its own organisation's decisions. */
export async function recordDecisionFollowUp({
  input,
  ctx,
}: GridCall<{ decisionId: string; note: string; done: boolean }>): Promise<MeetingDecisionRow> {
  const [decision] = await createMeetingsRepository(ctx.db).decisionsByIds([input.decisionId]);
  if (!decision)
    throw badInput('input.decisionId', `No meeting decision has the id '${input.decisionId}'.`, {
      reason: 'NOT_FOUND',
    });
  if (!hasRole(ctx.viewer, CENTRE) && ctx.viewer?.organisationId !== decision.ownerOrganisationId) {
    throw forbidden(
      'This decision belongs to another organisation: only its owner (or centre staff) can follow it up.',
    );
  }
  return changeGrid(ctx, 'recordDecisionFollowUp', async (tx) => {
    const now = ctx.clock.now();
    const row = (await createMeetingsRepository(tx).addFollowUp(
      decision.id,
      { at: now.toISOString(), note: input.note, accountId: ctx.viewer?.accountId ?? null },
      input.done,
      now,
    ))!;
    return { result: row, entityId: row.id, data: { done: input.done } };
  });
}

/** Joint meetings, latest first. */
export function listJointMeetings({ args, ctx }: { args: PageArgs; ctx: GridContext }) {
  const sort = sortBy<JointMeetingRow>(jointMeetingsTable.scheduledAt, 'scheduledAt', 'DESC');
  return paginate({ args, sort, ...createMeetingsRepository(ctx.db).meetings() });
}

/** Decisions of joint meetings, by due date. */
export function listMeetingDecisions({ args, ctx }: { args: ListMeetingDecisionsArgs; ctx: GridContext }) {
  const sort = sortBy<MeetingDecisionRow>(meetingDecisionsTable.dueOn, 'dueOn', 'ASC');
  return paginate({ args, sort, ...createMeetingsRepository(ctx.db).decisionsMatching(args.filter) });
}
