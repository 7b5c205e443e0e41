import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../database';
import { type FundAttachmentRow, fundAttachmentsTable } from './tables';

/** The record a funds attachment belongs to: a relief application or a legal-aid matter. */
export type FundAttachmentOwner = { reliefApplicationId: string } | { legalAidMatterId: string };

export interface NewFundAttachment {
  name: string;
  mediaType: string;
  sizeBytes: number;
  checksum: string;
  uploadedBy: string | null;
  createdAt: Date;
}

const t = fundAttachmentsTable;
const ownedBy = (owner: FundAttachmentOwner) =>
  'reliefApplicationId' in owner
    ? eq(t.reliefApplicationId, owner.reliefApplicationId)
    : eq(t.legalAidMatterId, owner.legalAidMatterId);

/** SQL for the files uploaded for relief applications and legal-aid matters. */
export function createFundAttachmentsRepository(db: Executor) {
  return {
    /** Links stored bytes to a record; `created: false` with the existing row when it holds the same bytes already. */
    async attach(
      owner: FundAttachmentOwner,
      values: NewFundAttachment,
    ): Promise<{ row: FundAttachmentRow; created: boolean }> {
      const [row] = await db
        .insert(t)
        .values({ ...values, ...owner })
        .onConflictDoNothing()
        .returning();
      if (row) return { row, created: true };
      const [existing] = await db
        .select()
        .from(t)
        .where(and(ownedBy(owner), eq(t.checksum, values.checksum)));
      return { row: existing!, created: false };
    },

    ofApplications(ids: readonly string[]): Promise<FundAttachmentRow[]> {
      return db
        .select()
        .from(t)
        .where(inArray(t.reliefApplicationId, [...ids]))
        .orderBy(asc(t.createdAt), asc(t.name));
    },

    ofMatters(ids: readonly string[]): Promise<FundAttachmentRow[]> {
      return db
        .select()
        .from(t)
        .where(inArray(t.legalAidMatterId, [...ids]))
        .orderBy(asc(t.createdAt), asc(t.name));
    },
  };
}
