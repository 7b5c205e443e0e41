import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../database';
import { countWhere, type Page, selectPage } from '../shared/sql';
import { equalsAll } from './filters';
import { type LegalAidMatterRow, legalAidMattersTable, type LegalAidStatus } from './tables';

export interface LegalAidFilter {
  personId?: string | null;
  caseId?: string | null;
  status?: LegalAidStatus | null;
}

export type NewLegalAidMatter = typeof legalAidMattersTable.$inferInsert;
type MatterChange = Partial<
  Pick<NewLegalAidMatter, 'lawyerId' | 'status' | 'documentsDrafted' | 'recoveredFen' | 'concludedAt'>
>;

const where = (f: LegalAidFilter) =>
  equalsAll([
    [legalAidMattersTable.personId, f.personId],
    [legalAidMattersTable.caseId, f.caseId],
    [legalAidMattersTable.status, f.status],
  ]);

/** SQL for legal-aid matters (法律援助事项). */
export function createLegalAidRepository(db: Executor) {
  return {
    insert: async (row: NewLegalAidMatter): Promise<LegalAidMatterRow> =>
      (await db.insert(legalAidMattersTable).values(row).returning())[0]!,

    byIds: (ids: readonly string[]): Promise<LegalAidMatterRow[]> =>
      db
        .select()
        .from(legalAidMattersTable)
        .where(inArray(legalAidMattersTable.id, [...ids])),

    /** Applies a change only to the version the caller read; `null` when it is stale. */
    update: async (id: string, version: number, change: MatterChange, at: Date): Promise<LegalAidMatterRow | null> =>
      (
        await db
          .update(legalAidMattersTable)
          .set({ ...change, version: version + 1, updatedAt: at })
          .where(and(eq(legalAidMattersTable.id, id), eq(legalAidMattersTable.version, version)))
          .returning()
      )[0] ?? null,

    list: (filter: LegalAidFilter, page: Page): Promise<LegalAidMatterRow[]> =>
      selectPage(db, legalAidMattersTable, where(filter), page),
    count: (filter: LegalAidFilter): Promise<number> => countWhere(db, legalAidMattersTable, where(filter)),
  };
}
