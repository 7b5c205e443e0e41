import { and, asc, eq, gt, gte, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Executor } from '../database';
import { lockUntilCommit, rowsWhereIn } from '../shared/rows';
import { insertStamped } from './rows';
import {
  dutyLeavesTable,
  type DutyLeaveRow,
  type DutyShiftKind,
  type DutyShiftRow,
  dutyShiftsTable,
  dutySwapsTable,
  type DutySwapRow,
  type OrganisationKind,
  type OrganisationRow,
  organisationsTable,
  residenciesTable,
  type ResidencyMode,
  type ResidencyRow,
} from './tables';

export interface NewDutyShift {
  kind: DutyShiftKind;
  personId: string;
  startsAt: Date;
  endsAt: Date;
  note?: string | null;
}

export interface NewResidency {
  organisationId: string;
  mode: ResidencyMode;
  window: string | null;
  startsOn: string;
  endsOn: string | null;
  caseLoad?: number | null;
}

/** The residency roster (入驻) and the duty roster (值班): SQL only, the rules live in the grid subgraph. */
export function createRosterRepository(db: Executor) {
  const s = dutyShiftsTable;
  return {
    /** Serialises roster edits, so two edits checked apart cannot together create a conflict or a gap. */
    lockDutyRoster: (): Promise<void> => lockUntilCommit(db, 'grid.duty_shifts'),

    /** Shifts touching [from, to), in start order. */
    shiftsOverlapping(from: Date, to: Date, personId?: string | null): Promise<DutyShiftRow[]> {
      return db
        .select()
        .from(s)
        .where(and(lt(s.startsAt, to), gt(s.endsAt, from), personId ? eq(s.personId, personId) : undefined))
        .orderBy(asc(s.startsAt), asc(s.kind), asc(s.id));
    },

    /** Who is on duty at one moment. */
    shiftsAt(at: Date): Promise<DutyShiftRow[]> {
      return db
        .select()
        .from(s)
        .where(and(lte(s.startsAt, at), gt(s.endsAt, at)))
        .orderBy(asc(s.kind), asc(s.startsAt));
    },

    shiftsByIds: (ids: readonly string[]): Promise<DutyShiftRow[]> => rowsWhereIn(db, s, s.id, ids),

    leavesOverlapping(from: Date, to: Date): Promise<DutyLeaveRow[]> {
      return db
        .select()
        .from(dutyLeavesTable)
        .where(and(lt(dutyLeavesTable.startsAt, to), gt(dutyLeavesTable.endsAt, from)));
    },

    insertShifts: (rows: NewDutyShift[], at: Date): Promise<DutyShiftRow[]> => insertStamped(db, s, rows, at),

    /** Deletes the shifts starting inside [from, to); returns how many. */
    async deleteShiftsStarting(from: Date, to: Date): Promise<number> {
      const rows = await db
        .delete(s)
        .where(and(gte(s.startsAt, from), lt(s.startsAt, to)))
        .returning({ id: s.id });
      return rows.length;
    },

    /** Changes a shift if it still has `version`; undefined when someone changed it first. */
    updateShift(
      id: string,
      version: number,
      patch: Partial<Pick<DutyShiftRow, 'personId' | 'startsAt' | 'endsAt' | 'note'>>,
      at: Date,
    ): Promise<DutyShiftRow | undefined> {
      return db
        .update(s)
        .set({ ...patch, version: sql`${s.version} + 1`, updatedAt: at })
        .where(and(eq(s.id, id), eq(s.version, version)))
        .returning()
        .then((rows) => rows[0]);
    },

    async deleteShift(id: string, version: number): Promise<boolean> {
      const rows = await db
        .delete(s)
        .where(and(eq(s.id, id), eq(s.version, version)))
        .returning({ id: s.id });
      return rows.length === 1;
    },

    insertLeave: (
      leave: { personId: string; startsAt: Date; endsAt: Date; reason: string | null },
      at: Date,
    ): Promise<DutyLeaveRow> => insertStamped(db, dutyLeavesTable, [leave], at).then((rows) => rows[0]!),

    insertSwap: (swap: Omit<DutySwapRow, 'id' | 'createdAt' | 'updatedAt'>, at: Date): Promise<DutySwapRow> =>
      insertStamped(db, dutySwapsTable, [swap], at).then((rows) => rows[0]!),

    swapsOfShifts(shiftIds: readonly string[]): Promise<DutySwapRow[]> {
      if (shiftIds.length === 0) return Promise.resolve([]);
      return db
        .select()
        .from(dutySwapsTable)
        .where(
          or(inArray(dutySwapsTable.firstShiftId, [...shiftIds]), inArray(dutySwapsTable.secondShiftId, [...shiftIds])),
        )
        .orderBy(asc(dutySwapsTable.createdAt));
    },

    /** Residencies in force on every day of [from, to] (inclusive calendar dates). */
    residenciesOverlapping(from: string, to: string): Promise<ResidencyRow[]> {
      const r = residenciesTable;
      return db
        .select()
        .from(r)
        .where(and(lte(r.startsOn, to), or(isNull(r.endsOn), gte(r.endsOn, from))))
        .orderBy(asc(r.mode), asc(r.window), asc(r.startsOn), asc(r.id));
    },

    insertResidencies: (rows: NewResidency[], at: Date): Promise<ResidencyRow[]> =>
      insertStamped(db, residenciesTable, rows, at),

    /** Organisations of these kinds in code order: the candidates of a monthly rotation. */
    organisationsOfKinds(kinds: readonly OrganisationKind[]): Promise<OrganisationRow[]> {
      return db
        .select()
        .from(organisationsTable)
        .where(inArray(organisationsTable.kind, [...kinds]))
        .orderBy(asc(organisationsTable.code));
    },

    async deleteRotationsOf(from: string, to: string): Promise<void> {
      const r = residenciesTable;
      await db.delete(r).where(and(eq(r.mode, 'ROTATING'), eq(r.startsOn, from), eq(r.endsOn, to)));
    },
  };
}

export type RosterRepository = ReturnType<typeof createRosterRepository>;
