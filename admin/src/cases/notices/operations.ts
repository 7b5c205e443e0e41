import { gql } from '@apollo/client';

/**
 * The operations of the written-notice screens: the notices panel of the case page and the templates screen.
 * test/admin/notices.unit.test.ts validates every one of them against the committed API.
 */

const NOTICE = `id kind number version title templateVersion issuedAt date fileName sizeBytes sha256
  issuedBy { id username person { id name } }`;

/** A case's notices and its written-decision clock (Art. 23); no links: each is asked for when a notice is opened. */
export const CASE_NOTICES = gql`
  query CaseNotices($id: ID!) {
    case(id: $id) {
      id
      notices { ${NOTICE} }
      writtenNotice { dueAt issuedAt acceptanceNoticeIssuedAt running overdue warning daysLeft }
    }
  }
`;

/** One notice with a fresh link (links last 10 minutes, and each one given is logged). */
export const NOTICE_LINK = gql`
  query NoticeLink($id: ID!) {
    notice(id: $id) {
      id
      number
      fileName
      sha256
      downloadUrl
    }
  }
`;

export const ISSUE_NOTICE = gql`
  mutation IssueNotice($request: IssueNoticeInput!) {
    issueNotice(request: $request) { ${NOTICE} }
  }
`;

const TEMPLATE = 'id kind version title body inForce createdAt createdBy { id username person { id name } }';

/** The version in force of every kind. */
export const NOTICE_TEMPLATES = gql`
  query NoticeTemplates {
    noticeTemplates { ${TEMPLATE} }
  }
`;

/** Every version of one kind, newest first. */
export const NOTICE_TEMPLATE_HISTORY = gql`
  query NoticeTemplateHistory($kind: NoticeKind!) {
    noticeTemplates(kind: $kind) { ${TEMPLATE} }
  }
`;

export const NOTICE_PLACEHOLDERS = gql`
  query NoticePlaceholders {
    noticePlaceholders {
      name
    }
  }
`;

export const NOTICE_SETTINGS = gql`
  query NoticeSettings {
    noticeSettings {
      centreName
      numberPrefix
    }
  }
`;

export const NOTICE_PREVIEW = gql`
  query NoticePreview($request: NoticePreviewInput!) {
    noticePreview(request: $request) {
      title
      text
      pdfBase64
    }
  }
`;

export const UPDATE_NOTICE_TEMPLATE = gql`
  mutation UpdateNoticeTemplate($request: UpdateNoticeTemplateInput!) {
    updateNoticeTemplate(request: $request) { ${TEMPLATE} }
  }
`;

export const UPDATE_NOTICE_SETTINGS = gql`
  mutation UpdateNoticeSettings($request: UpdateNoticeSettingsInput!) {
    updateNoticeSettings(request: $request) {
      centreName
      numberPrefix
    }
  }
`;
