import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../database';
import { type CaseAttachmentRow, caseAttachmentsTable } from './tables';

export interface NewStoredCaseAttachment {
  caseId: string;
  handlingStepId: string | null;
  name: string;
  mediaType: string;
  sizeBytes: number;
  checksum: string;
  uploadedBy: string | null;
  createdAt: Date;
}

/** SQL for the files attached to cases (uploads; the metadata registered at intake is in the workflow repository). */
export function createCaseAttachmentsRepository(db: Executor) {
  const t = caseAttachmentsTable;
  return {
    /**
     * Links stored bytes to a case; `created: false` with the existing row when the case already holds the
     * same bytes (a retried attach changes nothing).
     */
    async attachStored(values: NewStoredCaseAttachment): Promise<{ row: CaseAttachmentRow; created: boolean }> {
      const [row] = await db
        .insert(t)
        .values({ ...values, storageKey: values.checksum, stored: true })
        .onConflictDoNothing()
        .returning();
      if (row) return { row, created: true };
      const [existing] = await db
        .select()
        .from(t)
        .where(and(eq(t.caseId, values.caseId), eq(t.checksum, values.checksum), eq(t.stored, true)));
      return { row: existing!, created: false };
    },

    byIds(ids: readonly string[]): Promise<CaseAttachmentRow[]> {
      return db
        .select()
        .from(t)
        .where(inArray(t.id, [...ids]));
    },

    /** The files documenting each of these handling steps, oldest first. */
    ofHandlingSteps(stepIds: readonly string[]): Promise<CaseAttachmentRow[]> {
      return db
        .select()
        .from(t)
        .where(inArray(t.handlingStepId, [...stepIds]))
        .orderBy(asc(t.createdAt), asc(t.name));
    },
  };
}
