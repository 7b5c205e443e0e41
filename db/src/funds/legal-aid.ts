import { and, eq } from 'drizzle-orm';
import type { Executor } from '../database';
import { insertOne, rowsWhereIn, updateRow } from '../shared/rows';
import { filteredList } from '../shared/sql';
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

/** SQL for legal-aid matters (法律援助事项). */
export function createLegalAidRepository(db: Executor) {
  const m = legalAidMattersTable;
  const matters = filteredList(db, m, (f: LegalAidFilter) => equalsAll(m, f, ['personId', 'caseId', 'status']));
  return {
    insert: (row: NewLegalAidMatter): Promise<LegalAidMatterRow> => insertOne(db, m, row),

    byIds: (ids: readonly string[]): Promise<LegalAidMatterRow[]> => rowsWhereIn(db, m, m.id, ids),

    /** Applies a change only to the version the caller read; `null` when it is stale. */
    update: async (id: string, version: number, change: MatterChange, at: Date): Promise<LegalAidMatterRow | null> =>
      (await updateRow(db, m, and(eq(m.id, id), eq(m.version, version)), {
        ...change,
        version: version + 1,
        updatedAt: at,
      })) ?? null,

    list: matters.page,
    count: matters.count,
  };
}
