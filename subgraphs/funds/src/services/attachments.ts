import { createFundAttachmentsRepository, type FundAttachmentOwner, type FundAttachmentRow } from '@onedoor/db/funds';
import {
  attachmentDownloadUrl,
  conflict,
  issueUploadTicket,
  notFound,
  recordAudit,
  requireViewer,
  type ServiceCall,
  type UploadSubject,
  type SignedUploadTicket,
  verifyReceipt,
} from '@onedoor/subgraph-kit';
import type { FundsContext } from '../context';

/** A record of this subgraph files are attached to: which one, and how its input names it. */
interface Target {
  subject: Extract<UploadSubject, 'ReliefApplication' | 'LegalAidMatter'>;
  id: string;
  owner: FundAttachmentOwner;
  field: 'input.applicationId' | 'input.matterId';
}

/** The record, checked as writing it is: it exists, and a concluded legal-aid matter no longer changes. */
async function checkTarget({ ctx, target }: { ctx: FundsContext; target: Target }): Promise<void> {
  if (target.subject === 'ReliefApplication') {
    if (!(await ctx.loaders.applicationById.load(target.id)))
      throw notFound('Relief application', target.id, target.field);
    return;
  }
  const matter = await ctx.loaders.legalAidById.load(target.id);
  if (!matter) throw notFound('Legal-aid matter', target.id, target.field);
  if (matter.status === 'CONCLUDED')
    throw conflict(`Legal-aid matter ${matter.id} is concluded and no longer changes.`, {
      field: target.field,
      rule: 'CONCLUDED',
    });
}

const application = (id: string): Target => ({
  subject: 'ReliefApplication',
  id,
  owner: { reliefApplicationId: id },
  field: 'input.applicationId',
});
const matter = (id: string): Target => ({
  subject: 'LegalAidMatter',
  id,
  owner: { legalAidMatterId: id },
  field: 'input.matterId',
});

async function requestUpload({
  ctx,
  target,
  input,
}: {
  ctx: FundsContext;
  target: Target;
  input: { fileName: string; size: number };
}): Promise<SignedUploadTicket> {
  const viewer = requireViewer(ctx.viewer);
  await checkTarget({ ctx, target });
  return issueUploadTicket(
    {
      subject: target.subject,
      subjectId: target.id,
      fileName: input.fileName,
      maxBytes: input.size,
      accountId: viewer.accountId,
    },
    ctx.config.jwtSecret,
  );
}

/** Links the uploaded file to the record with its audit event; the same bytes again answer the row already there. */
async function attach({
  ctx,
  target,
  receipt,
}: {
  ctx: FundsContext;
  target: Target;
  receipt: string;
}): Promise<FundAttachmentRow> {
  await checkTarget({ ctx, target });
  const file = await verifyReceipt({ ctx, receipt, subject: target.subject, subjectId: target.id });
  return ctx.db.transaction(async (tx) => {
    const { row, created } = await createFundAttachmentsRepository(tx).attach(target.owner, {
      name: file.fileName,
      mediaType: file.contentType,
      sizeBytes: file.size,
      checksum: file.sha256,
      uploadedBy: ctx.viewer?.accountId ?? null,
      createdAt: ctx.clock.now(),
    });
    if (created)
      await recordAudit(tx, ctx, {
        subgraph: 'funds',
        action: target.subject === 'ReliefApplication' ? 'attachReliefApplicationFile' : 'attachLegalAidMatterFile',
        entityType: target.subject,
        entityId: target.id,
        data: { attachmentId: row.id, sha256: file.sha256, size: file.size, contentType: file.contentType },
      });
    return row;
  });
}

type Upload = { fileName: string; size: number };

export const requestReliefApplicationUpload = ({
  ctx,
  input,
}: ServiceCall<FundsContext, Upload & { applicationId: string }>) =>
  requestUpload({ ctx, target: application(input.applicationId), input });

export const attachReliefApplicationFile = ({
  ctx,
  input,
}: ServiceCall<FundsContext, { applicationId: string; receipt: string }>) =>
  attach({ ctx, target: application(input.applicationId), receipt: input.receipt });

export const requestLegalAidMatterUpload = ({ ctx, input }: ServiceCall<FundsContext, Upload & { matterId: string }>) =>
  requestUpload({ ctx, target: matter(input.matterId), input });

export const attachLegalAidMatterFile = ({
  ctx,
  input,
}: ServiceCall<FundsContext, { matterId: string; receipt: string }>) =>
  attach({ ctx, target: matter(input.matterId), receipt: input.receipt });

/** An attachment's download link, for a fund reader who reached it through its record; logged first. */
export const fundAttachmentUrl = ({ ctx, row }: { ctx: FundsContext; row: FundAttachmentRow }) =>
  attachmentDownloadUrl({ ctx, accessLog: ctx.loaders.accessLog, entityType: 'FundAttachment', attachment: row });
