import { and, desc, eq, inArray, lte, notInArray, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../database';
import { casePetitionersTable, casesTable, type CaseRow, FINISHED_STATUSES } from './tables';

export type CaseOwnerKind = 'person' | 'organisation' | 'mediator';

export interface CaseGroupRow {
  key: string;
  total: number;
  case: CaseRow;
}

/**
 * The cases of many people, organisations or mediators in one statement each: the newest `first` of
 * every key and each key's total, with a window function, so a page of 100 people costs one query.
 */
export function createCaseReferencesRepository(db: Executor) {
  return {
    async newestOf(
      kind: CaseOwnerKind,
      keys: readonly string[],
      options: { first: number; openOnly: boolean; visible: SQL | undefined },
    ): Promise<CaseGroupRow[]> {
      const key =
        kind === 'person'
          ? casePetitionersTable.personId
          : kind === 'organisation'
            ? casesTable.responsibleOrganisationId
            : casesTable.mediatorId;
      const ranked = db
        .select({
          id: casesTable.id,
          key: sql<string>`${key}`.as('key'),
          rn: sql<number>`row_number() over (partition by ${key} order by ${casesTable.receivedAt} desc, ${casesTable.id} desc)`.as(
            'rn',
          ),
          total: sql<number>`(count(*) over (partition by ${key}))::int`.as('total'),
        })
        .from(casesTable);
      const joined =
        kind === 'person'
          ? ranked.innerJoin(casePetitionersTable, eq(casePetitionersTable.caseId, casesTable.id))
          : ranked;
      const sq = joined
        .where(
          and(
            inArray(key, [...keys]),
            options.openOnly ? notInArray(casesTable.status, [...FINISHED_STATUSES]) : undefined,
            options.visible,
          ),
        )
        .as('ranked');
      const rows = await db
        .select({ key: sq.key, total: sq.total, rn: sq.rn, case: casesTable })
        .from(sq)
        .innerJoin(casesTable, eq(casesTable.id, sq.id))
        .where(lte(sq.rn, Math.max(options.first, 1)))
        .orderBy(sq.key, sq.rn);
      return rows.map((r) => ({ key: r.key, total: Number(r.total), case: r.case }));
    },

    /** Open cases per mediator (their workload), one statement for many mediators. */
    openCountsByMediator(mediatorIds: readonly string[]) {
      return db
        .select({ key: casesTable.mediatorId, count: sql<number>`count(*)::int` })
        .from(casesTable)
        .where(
          and(inArray(casesTable.mediatorId, [...mediatorIds]), notInArray(casesTable.status, [...FINISHED_STATUSES])),
        )
        .groupBy(casesTable.mediatorId)
        .orderBy(desc(sql`count(*)`));
    },
  };
}
