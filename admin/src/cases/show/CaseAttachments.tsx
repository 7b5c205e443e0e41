import { useRecordContext } from 'react-admin';
import { useHasRole } from '../../auth/roles';
import { AttachmentsPanel } from '../../shared/attachments/AttachmentsPanel';
import type { AttachmentRow, AttachmentsSource } from '../../shared/attachments/types';
import { ATTACH_CASE_FILE, CASE_ATTACHMENT_LINK, CASE_ATTACHMENTS, REQUEST_CASE_UPLOAD } from '../operations';
import { STEP_RECORDERS } from '../roles';

const source: AttachmentsSource = {
  list: CASE_ATTACHMENTS,
  link: CASE_ATTACHMENT_LINK,
  pick: (data) => (data.case as { attachments: AttachmentRow[] } | null)?.attachments,
  request: REQUEST_CASE_UPLOAD,
  attach: ATTACH_CASE_FILE,
  recordField: 'caseId',
};

/** The case's files (evidence, letters, photos): whoever records its handling steps may add them. */
export function CaseAttachments() {
  const record = useRecordContext<{ id: string }>();
  const canAdd = useHasRole(...STEP_RECORDERS);
  return record ? <AttachmentsPanel recordId={record.id} source={source} canAdd={canAdd} /> : null;
}
