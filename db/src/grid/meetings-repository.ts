import { and, asc, eq, isNull, lt, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../database';
import { insertOne, rowsWhereIn } from '../shared/rows';
import { type Listing, listing } from './rows';
import { type JointMeetingRow, jointMeetingsTable, type MeetingDecisionRow, meetingDecisionsTable } from './tables';

export interface MeetingDecisionFilter {
  ownerOrganisationId?: string | null;
  /** Only decisions not yet done. */
  open?: boolean | null;
  /** Only open decisions due before this date. */
  dueBefore?: string | null;
}

function decisionConditions(filter: MeetingDecisionFilter): SQL | undefined {
  const d = meetingDecisionsTable;
  return and(
    filter.ownerOrganisationId ? eq(d.ownerOrganisationId, filter.ownerOrganisationId) : undefined,
    filter.open || filter.dueBefore ? isNull(d.doneAt) : undefined,
    filter.dueBefore ? lt(d.dueOn, filter.dueBefore) : undefined,
  );
}

/** Joint meetings (联席会议) and their decisions. */
export function createMeetingsRepository(db: Executor) {
  const m = jointMeetingsTable;
  const d = meetingDecisionsTable;
  return {
    meetingsByIds: (ids: readonly string[]): Promise<JointMeetingRow[]> => rowsWhereIn(db, m, m.id, ids),
    meetings: (): Listing<JointMeetingRow> => listing(db, m, undefined),
    insertMeeting: (row: typeof m.$inferInsert): Promise<JointMeetingRow> => insertOne(db, m, row),
    decisionsByIds: (ids: readonly string[]): Promise<MeetingDecisionRow[]> => rowsWhereIn(db, d, d.id, ids),
    decisionsOfMeetings: (meetingIds: readonly string[]): Promise<MeetingDecisionRow[]> =>
      rowsWhereIn(db, d, d.meetingId, meetingIds, asc(d.dueOn), asc(d.id)),
    decisionsMatching: (filter: MeetingDecisionFilter): Listing<MeetingDecisionRow> =>
      listing(db, d, decisionConditions(filter)),
    insertDecision: (row: typeof d.$inferInsert): Promise<MeetingDecisionRow> => insertOne(db, d, row),
    /** Appends a follow-up note (and marks the decision done when asked), in one statement. */
    addFollowUp(
      id: string,
      note: { at: string; note: string; accountId: string | null },
      done: boolean,
      at: Date,
    ): Promise<MeetingDecisionRow | undefined> {
      return db
        .update(d)
        .set({
          followUps: sql`${d.followUps} || ${JSON.stringify([note])}::jsonb`,
          doneAt: done ? sql`coalesce(${d.doneAt}, ${at.toISOString()}::timestamptz)` : d.doneAt,
          updatedAt: at,
        })
        .where(eq(d.id, id))
        .returning()
        .then((rows) => rows[0]);
    },
  };
}
