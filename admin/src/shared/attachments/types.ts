import type { DocumentNode } from '@apollo/client';

/** An attached file as the panel shows it (the API's `Attachment`, without its link). */
export interface AttachmentRow {
  id: string;
  name: string;
  mediaType: string;
  sizeBytes: number;
  checksum: string;
  uploadedAt: string;
  uploadedBy: { id: string; person: { name: string } | null } | null;
  downloadUrl?: string | null;
}

/** The fields of `Attachment` the panel lists; its link is asked for one file at a time, when it is opened. */
export const ATTACHMENT_FIELDS = 'id name mediaType sizeBytes checksum uploadedAt uploadedBy { id person { id name } }';

/**
 * Where one kind of record keeps its files, in its domain's operations: the query listing them (`$id`), the
 * query giving one file's link (`$id`, `$attachmentId`), the upload and attach mutations (`$input`), and the
 * input field naming the record (`caseId`, `applicationId`, `matterId`).
 */
export interface AttachmentsSource {
  list: DocumentNode;
  link: DocumentNode;
  /** The attachments in an answer of `list` or `link`. */
  pick: (data: Record<string, unknown>) => AttachmentRow[] | undefined;
  request: DocumentNode;
  attach: DocumentNode;
  recordField: string;
}
