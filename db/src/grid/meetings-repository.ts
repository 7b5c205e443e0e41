import { and, asc, count, eq, inArray, isNull, lt, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../database';
import type { GridPage } from './repository';
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
    meetingsByIds(ids: readonly string[]): Promise<JointMeetingRow[]> {
      if (ids.length === 0) return Promise.resolve([]);
      return db
        .select()
        .from(m)
        .where(inArray(m.id, [...ids]));
    },
    listMeetings(page: GridPage): Promise<JointMeetingRow[]> {
      return db
        .select()
        .from(m)
        .where(page.after)
        .orderBy(...page.orderBy)
        .limit(page.limit)
        .offset(page.offset);
    },
    countMeetings(): Promise<number> {
      return db
        .select({ n: count() })
        .from(m)
        .then((rows) => rows[0]?.n ?? 0);
    },
    insertMeeting(row: typeof m.$inferInsert): Promise<JointMeetingRow> {
      return db
        .insert(m)
        .values(row)
        .returning()
        .then((rows) => rows[0]!);
    },
    decisionsByIds(ids: readonly string[]): Promise<MeetingDecisionRow[]> {
      if (ids.length === 0) return Promise.resolve([]);
      return db
        .select()
        .from(d)
        .where(inArray(d.id, [...ids]));
    },
    decisionsOfMeetings(meetingIds: readonly string[]): Promise<MeetingDecisionRow[]> {
      if (meetingIds.length === 0) return Promise.resolve([]);
      return db
        .select()
        .from(d)
        .where(inArray(d.meetingId, [...meetingIds]))
        .orderBy(asc(d.dueOn), asc(d.id));
    },
    listDecisions(filter: MeetingDecisionFilter, page: GridPage): Promise<MeetingDecisionRow[]> {
      return db
        .select()
        .from(d)
        .where(and(decisionConditions(filter), page.after))
        .orderBy(...page.orderBy)
        .limit(page.limit)
        .offset(page.offset);
    },
    countDecisions(filter: MeetingDecisionFilter): Promise<number> {
      return db
        .select({ n: count() })
        .from(d)
        .where(decisionConditions(filter))
        .then((rows) => rows[0]?.n ?? 0);
    },
    insertDecision(row: typeof d.$inferInsert): Promise<MeetingDecisionRow> {
      return db
        .insert(d)
        .values(row)
        .returning()
        .then((rows) => rows[0]!);
    },
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
