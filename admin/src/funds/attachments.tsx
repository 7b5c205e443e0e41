import { useHasRole } from '../auth/roles';
import { AttachmentsPanel } from '../shared/attachments/AttachmentsPanel';
import type { AttachmentRow, AttachmentsSource } from '../shared/attachments/types';
import {
  ATTACH_LEGAL_AID_FILE,
  ATTACH_RELIEF_FILE,
  LEGAL_AID_ATTACHMENT_LINK,
  LEGAL_AID_ATTACHMENTS,
  RELIEF_ATTACHMENT_LINK,
  RELIEF_ATTACHMENTS,
  REQUEST_LEGAL_AID_UPLOAD,
  REQUEST_RELIEF_UPLOAD,
} from './operations';
import { FUND_WORKERS, LEGAL_AID_WRITERS } from './roles';

const attachmentsOf = (field: string) => (data: Record<string, unknown>) =>
  (data[field] as { attachments: AttachmentRow[] } | null)?.attachments;

const reliefSource: AttachmentsSource = {
  list: RELIEF_ATTACHMENTS,
  link: RELIEF_ATTACHMENT_LINK,
  pick: attachmentsOf('reliefApplication'),
  request: REQUEST_RELIEF_UPLOAD,
  attach: ATTACH_RELIEF_FILE,
  recordField: 'applicationId',
};

const legalAidSource: AttachmentsSource = {
  list: LEGAL_AID_ATTACHMENTS,
  link: LEGAL_AID_ATTACHMENT_LINK,
  pick: attachmentsOf('legalAidMatter'),
  request: REQUEST_LEGAL_AID_UPLOAD,
  attach: ATTACH_LEGAL_AID_FILE,
  recordField: 'matterId',
};

/** An application's files: those who propose relief add them (hardship evidence, photos of a visit). */
export function ReliefAttachments({ id }: { id: string }) {
  return <AttachmentsPanel recordId={id} source={reliefSource} canAdd={useHasRole(...FUND_WORKERS)} />;
}

/** A legal-aid matter's files: those who accept matters add them, until it is concluded. */
export function LegalAidAttachments({ id, concluded }: { id: string; concluded: boolean }) {
  const writer = useHasRole(...LEGAL_AID_WRITERS);
  return <AttachmentsPanel recordId={id} source={legalAidSource} canAdd={writer && !concluded} />;
}
