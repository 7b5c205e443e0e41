import {
  type CaseAttachmentRow,
  createCaseAttachmentsRepository,
  createCaseWorkflowRepository,
} from '@onedoor/db/cases';
import {
  attachmentDownloadUrl,
  badInput,
  issueUploadTicket,
  notFound,
  recordAudit,
  requireViewer,
  type ServiceCall,
  type SignedUploadTicket,
  verifyReceipt,
} from '@onedoor/subgraph-kit';
import type { CasesContext } from '../context';
import { visibleCase } from './visibility';

/** The case a file is uploaded for or attached to: one the caller may see (and, by role, work on). */
async function caseToAttachTo({ ctx, caseId }: { ctx: CasesContext; caseId: string }) {
  const row = await visibleCase({ ctx, id: caseId });
  if (!row) throw notFound('Case', caseId, 'input.caseId');
  return row;
}

/** An upload ticket for a file of a case the caller may work on. */
export async function requestCaseUpload({
  ctx,
  input,
}: ServiceCall<CasesContext, { caseId: string; fileName: string; size: number }>): Promise<SignedUploadTicket> {
  const viewer = requireViewer(ctx.viewer);
  const row = await caseToAttachTo({ ctx, caseId: input.caseId });
  return issueUploadTicket(
    { subject: 'Case', subjectId: row.id, fileName: input.fileName, maxBytes: input.size, accountId: viewer.accountId },
    ctx.config.jwtSecret,
  );
}

/**
 * Links an uploaded file to a case (and one of its handling steps) in one transaction, with its FILE_ATTACHED
 * timeline entry and its audit event. The same bytes attached again answer the row already there, unchanged.
 */
export async function attachCaseFile({
  ctx,
  input,
}: ServiceCall<CasesContext, { caseId: string; receipt: string; handlingStepId?: string | null }>) {
  const row = await caseToAttachTo({ ctx, caseId: input.caseId });
  const file = await verifyReceipt({ ctx, receipt: input.receipt, subject: 'Case', subjectId: row.id });
  const stepId = input.handlingStepId ?? null;
  if (stepId) {
    const events = await ctx.loaders.eventsByCase.load(row.id);
    if (!events.some((e) => e.id === stepId && e.kind === 'HANDLING_STEP'))
      throw badInput('input.handlingStepId', `Case ${row.number} has no handling step '${stepId}'.`, {
        reason: 'NOT_FOUND',
        params: { entity: 'HandlingStep' },
      });
  }
  const now = ctx.clock.now();
  const actor = ctx.viewer?.accountId ?? null;
  return ctx.db.transaction(async (tx) => {
    const { row: attachment, created } = await createCaseAttachmentsRepository(tx).attachStored({
      caseId: row.id,
      handlingStepId: stepId,
      name: file.fileName,
      mediaType: file.contentType,
      sizeBytes: file.size,
      checksum: file.sha256,
      uploadedBy: actor,
      createdAt: now,
    });
    if (!created) return attachment;
    await createCaseWorkflowRepository(tx).appendEvent({
      caseId: row.id,
      kind: 'FILE_ATTACHED',
      at: now,
      actorAccountId: actor,
      data: { attachmentId: attachment.id, name: attachment.name, handlingStepId: stepId },
    });
    await recordAudit(tx, ctx, {
      subgraph: 'cases',
      action: 'attachCaseFile',
      entityType: 'Case',
      entityId: row.id,
      data: {
        number: row.number,
        attachmentId: attachment.id,
        sha256: file.sha256,
        size: file.size,
        contentType: file.contentType,
      },
    });
    return attachment;
  });
}

/** An attachment's download link, for a viewer who reached it through a case they may see; logged first. */
export function caseAttachmentUrl({ ctx, row }: { ctx: CasesContext; row: CaseAttachmentRow }) {
  if (!row.stored) return null;
  return attachmentDownloadUrl({
    ctx,
    accessLog: ctx.loaders.accessLog,
    entityType: 'CaseAttachment',
    attachment: row,
  });
}
