import { and, asc, desc, eq, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../database';
import { casesTable, categoriesTable } from './tables';

export interface StatisticsScope {
  from: Date;
  to: Date;
  /** The grid units of the place subtree (the caller asks grid for them); null for everywhere. */
  gridUnitIds: readonly string[] | null;
  organisationId: string | null;
  /** The viewer's visibility as a SQL condition (see the cases repository's `scoped`). */
  visible: SQL | undefined;
}

const n = (expr: SQL) => sql<number>`(${expr})::int`;
const RESOLVED = sql`${casesTable.outcome} in ('RESOLVED', 'EXPLAINED_AND_ACCEPTED')`;
const SATISFIED = sql`${casesTable.satisfaction} in ('SATISFIED', 'BASICALLY_SATISFIED')`;

/** Statistics (统计分析) over a period and a place, all computed in SQL. */
export function createCaseStatisticsRepository(db: Executor) {
  function where(s: StatisticsScope, from = s.from, to = s.to): SQL | undefined {
    return and(
      gte(casesTable.receivedAt, from),
      lt(casesTable.receivedAt, to),
      s.visible,
      s.gridUnitIds
        ? s.gridUnitIds.length
          ? inArray(casesTable.gridUnitId, [...s.gridUnitIds])
          : sql`false`
        : undefined,
      s.organisationId ? eq(casesTable.responsibleOrganisationId, s.organisationId) : undefined,
    );
  }

  /** Cases in the scope per value of `column`, most first. */
  const countsBy = <C extends typeof casesTable.channel | typeof casesTable.gridUnitId>(
    column: C,
    s: StatisticsScope,
  ) =>
    db
      .select({ key: column, count: n(sql`count(*)`) })
      .from(casesTable)
      .where(where(s))
      .groupBy(column)
      .orderBy(desc(sql`count(*)`), asc(column));

  return {
    async totals(s: StatisticsScope) {
      const [row] = await db
        .select({
          total: n(sql`count(*)`),
          firstTime: n(sql`count(*) filter (where not ${casesTable.repeat})`),
          repeat: n(sql`count(*) filter (where ${casesTable.repeat})`),
          group: n(sql`count(*) filter (where ${casesTable.groupPetition})`),
          crossLevel: n(sql`count(*) filter (where ${casesTable.crossLevel})`),
          lawRelated: n(sql`count(*) filter (where ${casesTable.lawRelated})`),
          closed: n(sql`count(*) filter (where ${casesTable.status} = 'CLOSED')`),
          resolved: n(sql`count(*) filter (where ${casesTable.status} = 'CLOSED' and ${RESOLVED})`),
          rated: n(sql`count(*) filter (where ${casesTable.satisfaction} is not null)`),
          satisfied: n(sql`count(*) filter (where ${SATISFIED})`),
          replied: n(sql`count(*) filter (where ${casesTable.repliedAt} is not null)`),
          repliedOnTime: n(sql`count(*) filter (where ${casesTable.repliedAt} <= ${casesTable.deadlineAt})`),
        })
        .from(casesTable)
        .where(where(s));
      return row!;
    },

    /** Cases received in another window with the same place and unit (for year-on-year and month-on-month). */
    async totalIn(s: StatisticsScope, from: Date, to: Date): Promise<number> {
      const [row] = await db
        .select({ total: n(sql`count(*)`) })
        .from(casesTable)
        .where(where(s, from, to));
      return row!.total;
    },

    byChannel: (s: StatisticsScope) => countsBy(casesTable.channel, s),

    /** Per top-level category. */
    byCategory(s: StatisticsScope) {
      const top = sql<string>`coalesce(${categoriesTable.parentId}, ${categoriesTable.id})`;
      return db
        .select({ key: top, count: n(sql`count(*)`) })
        .from(casesTable)
        .innerJoin(categoriesTable, eq(categoriesTable.id, casesTable.categoryId))
        .where(where(s))
        .groupBy(top)
        .orderBy(desc(sql`count(*)`), asc(top));
    },

    byUnit(s: StatisticsScope) {
      return db
        .select({
          key: casesTable.responsibleOrganisationId,
          count: n(sql`count(*)`),
          closed: n(sql`count(*) filter (where ${casesTable.status} = 'CLOSED')`),
          rated: n(sql`count(*) filter (where ${casesTable.satisfaction} is not null)`),
          satisfied: n(sql`count(*) filter (where ${SATISFIED})`),
        })
        .from(casesTable)
        .where(and(where(s), sql`${casesTable.responsibleOrganisationId} is not null`))
        .groupBy(casesTable.responsibleOrganisationId)
        .orderBy(desc(sql`count(*)`), asc(casesTable.responsibleOrganisationId));
    },

    byPlace: (s: StatisticsScope) => countsBy(casesTable.gridUnitId, s),

    /** Sub-categories rising fastest against the previous window of the same length (hot spots, 热点). */
    hotSpots(s: StatisticsScope, previousFrom: Date, limit: number) {
      // A bare Date parameter has no type postgres.js can send; the cast names it.
      const since = sql`${s.from.toISOString()}::timestamptz`;
      const current = n(sql`count(*) filter (where ${casesTable.receivedAt} >= ${since})`);
      const previous = n(sql`count(*) filter (where ${casesTable.receivedAt} < ${since})`);
      return db
        .select({ key: casesTable.categoryId, current, previous })
        .from(casesTable)
        .where(where(s, previousFrom, s.to))
        .groupBy(casesTable.categoryId)
        .having(sql`${current} > ${previous}`)
        .orderBy(desc(sql`${current} - ${previous}`), asc(casesTable.categoryId))
        .limit(limit);
    },

    /** Totals per group of grid units (a grid unit and its subtree), in one statement: `GridUnit.caseStats`, townships. */
    byGridGroups(groups: readonly { key: string; gridUnitIds: readonly string[] }[], s: StatisticsScope) {
      const pairs = groups.flatMap((g) => g.gridUnitIds.map((id) => sql`(${g.key}::uuid, ${id}::uuid)`));
      if (!pairs.length) return Promise.resolve([]);
      const map = sql`(values ${sql.join(pairs, sql`, `)}) as g(root_id, unit_id)`;
      return db
        .select({
          key: sql<string>`g.root_id`,
          total: n(sql`count(*)`),
          open: n(sql`count(*) filter (where ${casesTable.status} not in ('CLOSED', 'NOT_ACCEPTED', 'HANDED_OVER'))`),
          repeat: n(sql`count(*) filter (where ${casesTable.repeat})`),
          group: n(sql`count(*) filter (where ${casesTable.groupPetition})`),
          closed: n(sql`count(*) filter (where ${casesTable.status} = 'CLOSED')`),
        })
        .from(casesTable)
        .innerJoin(map, sql`g.unit_id = ${casesTable.gridUnitId}`)
        .where(where(s))
        .groupBy(sql`g.root_id`)
        .orderBy(desc(sql`count(*)`), asc(sql`g.root_id`));
    },
  };
}
