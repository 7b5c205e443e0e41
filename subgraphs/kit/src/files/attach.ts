import type { AccessLog } from '../access-log';
import type { BaseContext } from '../context';
import { badInput } from '../errors';
import { downloadLink } from './tokens';
import { readReceipt, type ReceiptClaims, type UploadSubject } from './uploads';

/**
 * The receipt an `attach…` mutation was given, checked: signed by the gateway and unexpired, for this very
 * record, uploaded by this caller, and its bytes in the store. Anything else is BAD_USER_INPUT on `field`
 * (`RECEIPT_INVALID`: upload again; `RECEIPT_MISMATCH`: it belongs to another record or account).
 */
export async function verifyReceipt({
  ctx,
  receipt,
  subject,
  subjectId,
  field = 'input.receipt',
}: {
  ctx: Pick<BaseContext, 'config' | 'viewer' | 'files'>;
  receipt: string;
  subject: UploadSubject;
  subjectId: string;
  field?: string;
}): Promise<ReceiptClaims> {
  const claims = await readReceipt(receipt, ctx.config.jwtSecret);
  if (!claims)
    throw badInput(field, `${field}: the receipt is invalid or has expired. Upload the file again.`, {
      reason: 'RECEIPT_INVALID',
    });
  if (claims.subject !== subject || claims.subjectId !== subjectId)
    throw badInput(field, `${field}: the receipt is for ${claims.subject} '${claims.subjectId}', not this one.`, {
      reason: 'RECEIPT_MISMATCH',
      params: { subject: claims.subject },
    });
  if (claims.accountId !== ctx.viewer?.accountId)
    throw badInput(field, `${field}: the receipt was issued to another account; upload the file yourself.`, {
      reason: 'RECEIPT_MISMATCH',
      params: { subject: claims.subject },
    });
  if (!(await ctx.files.has(claims.sha256)))
    throw badInput(field, `${field}: the file is no longer in the store. Upload it again.`, {
      reason: 'RECEIPT_INVALID',
    });
  return claims;
}

/** A stored file as its owner's row describes it. */
export interface StoredAttachment {
  id: string;
  name: string;
  mediaType: string;
  checksum: string;
}

/**
 * The download link of an attached file, for a viewer whose read rules on the record have passed. Attached
 * evidence is personal (photos, pay slips, medical records): the link is issued only after its access-log
 * row is written, so every download is on record.
 */
export async function attachmentDownloadUrl({
  ctx,
  accessLog,
  entityType,
  attachment,
}: {
  ctx: Pick<BaseContext, 'config'>;
  accessLog: AccessLog;
  entityType: string;
  attachment: StoredAttachment;
}): Promise<string> {
  await accessLog.load({ entityType, entityId: attachment.id, field: 'downloadUrl' });
  return downloadLink(
    { sha256: attachment.checksum, fileName: attachment.name, contentType: attachment.mediaType },
    ctx.config.jwtSecret,
  );
}
